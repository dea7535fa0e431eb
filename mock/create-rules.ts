/**
 * The checks a create-group request meets on its way to WeCom's `appchat/create`, answered with
 * WeCom's own codes and English words (docs/backend-guide.md, "Error codes worth mapping"), so
 * the client's mapping of codes to messages is exercised for real.
 */

/** A create request that passed every check, as the backend would send it on. */
export interface CreateRequest {
  id: string
  peopleList: string[]
  url: string
  /** '' when none was given: WeCom then names the group after its members. */
  name: string
  owner?: string
  requestId: string
}

export interface Refusal {
  code: number
  message: string
}

export type CreateCheck = { ok: true, request: CreateRequest } | ({ ok: false } & Refusal)

/** The words WeCom puts in `errmsg`, without its "hint: [...]" tail. */
export const WECOM_WORDS: Record<number, string> = {
  40003: 'invalid userid',
  40013: 'invalid corpid',
  40014: 'invalid access_token',
  40058: 'invalid parameter',
  40093: 'invalid signature',
  42001: 'access_token expired',
  45009: 'api freq out of limit',
  48002: 'api forbidden',
  60011: 'no privilege to access/modify contact/party/agent',
  86004: 'invalid name',
  86005: 'invalid owner',
  86006: 'member count out of range',
  86007: 'invalid member',
  86215: 'chatid already exists',
}

export function refusal(code: number, message = WECOM_WORDS[code] ?? 'system error'): Refusal {
  return { code, message }
}

const MAX_MEMBERS = 2000
const MAX_NAME_LENGTH = 50
const REQUEST_ID = /^[0-9a-z]{32}$/i
const USER_ID = /^[\w.@-]{1,64}$/

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Same check as `requestId`; a valid one is used as WeCom's `chatid`. */
export function isRequestId(value: unknown): value is string {
  return typeof value === 'string' && REQUEST_ID.test(value)
}

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !/^https?:\/\/[^/?#]/i.test(value))
    return false
  try {
    return Boolean(new URL(value).host)
  }
  catch {
    return false
  }
}

export function checkCreateRequest(body: unknown): CreateCheck {
  const fail = (r: Refusal): CreateCheck => ({ ok: false, ...r })
  if (!isRecord(body))
    return fail(refusal(40058, 'invalid parameter: body'))
  const { id, peopleList, url, name, owner, requestId } = body
  if (typeof id !== 'string' || id.trim() === '')
    return fail(refusal(40058, 'invalid parameter: id'))
  if (!isRequestId(requestId))
    return fail(refusal(40058, 'invalid requestId'))
  // The backend links the group's first message (appchat/send) to this page.
  if (!isHttpUrl(url))
    return fail(refusal(40058, 'invalid parameter: url'))

  if (!Array.isArray(peopleList) || !peopleList.every(p => typeof p === 'string' && p !== ''))
    return fail(refusal(86007))
  const members = peopleList as string[]
  if (new Set(members).size !== members.length)
    return fail(refusal(86007))
  if (!members.every(userId => USER_ID.test(userId)))
    return fail(refusal(40003))
  if (members.length < 2 || members.length > MAX_MEMBERS)
    return fail(refusal(86006))

  if (name !== undefined && name !== null && typeof name !== 'string')
    return fail(refusal(86004))
  // WeCom counts characters, not UTF-16 units: an emoji is one.
  if (typeof name === 'string' && [...name].length > MAX_NAME_LENGTH)
    return fail(refusal(86004))

  if (owner !== undefined && owner !== null && typeof owner !== 'string')
    return fail(refusal(86005))
  const givenOwner = typeof owner === 'string' && owner !== '' ? owner : undefined
  if (givenOwner !== undefined && !members.includes(givenOwner))
    return fail(refusal(86005))

  return {
    ok: true,
    request: {
      id,
      peopleList: members,
      url,
      name: typeof name === 'string' ? name : '',
      ...(givenOwner === undefined ? {} : { owner: givenOwner }),
      requestId,
    },
  }
}
