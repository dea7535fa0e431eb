/**
 * Developer knobs for the mock backend, read from the standalone page's query string, so every
 * failure path can be tried by hand: `?mockLatency=800&mockFail=create:500x1,agent:badticket`.
 */

/** `info` and `members`: the optional calls on the record's group (docs/backend-guide.md). */
export type MockCall = 'config' | 'agent' | 'create' | 'info' | 'members'

export type FailMode =
  /** HTTP 200 with the envelope `{ code, message }` in WeCom's words. */
  | { kind: 'wecom', code: number }
  /**
   * An HTTP error status. With `after` (create only, 5xx) the group is created first: the
   * outcome is unknown to the client, which must retry with the same requestId.
   */
  | { kind: 'http', status: number, after?: boolean }
  /** Never answers. With `after` (create only) the group is created first. */
  | { kind: 'timeout', after?: boolean }
  /** HTTP 200 with a body that has no `code`. */
  | { kind: 'malformed' }
  /** Signature calls only: signed with a stale ticket, so the client rejects it. */
  | { kind: 'badticket' }

export interface FailRule {
  call: MockCall
  mode: FailMode
  /** How many requests fail before the call recovers; undefined = every request. */
  times?: number
}

export interface MockKnobs {
  /** Added to every response, in ms. @default 0 */
  latencyMs: number
  /** Checked in order; the first live rule for a call decides its answer. */
  fail: FailRule[]
  /** `mockOneGroupPerRecord=1`: a create for a record that has a group answers `{ chatId, existing: true }`. */
  oneGroupPerRecord?: boolean
  /** `wecomUser=<userId>`: the signed-in user, who may or may not be in a chat; unset, everyone is in every chat. */
  user?: string
}

const CALLS: readonly MockCall[] = ['config', 'agent', 'create', 'info', 'members']

// mode, optional "-after", optional "x<times>": e.g. 86006, 500x1, 503-after, timeout-afterx2
const RULE = /^(\d+|timeout|malformed|badticket)(-after)?(?:x(\d+))?$/

/** What a `mockFail` rule may say, for the warning about one that does not parse. */
export const VALID_RULES = '<call>:<mode>[-after][x<times>] with <call> one of config, agent, create, info, members; '
  + '<mode> a WeCom code (>= 1000, e.g. 86006), an HTTP status (400-599), timeout, malformed, or badticket '
  + '(config and agent only); -after with create or members and 5xx or timeout; e.g. create:500x1,agent:badticket'

/**
 * `mockLatency=<ms>`; `mockFail=<call>:<mode>[-after][x<times>]`, comma-separated.
 * Modes: a number >= 1000 is a WeCom code, 400-599 an HTTP status, or `timeout`, `malformed`,
 * `badticket`. A token that does not parse is ignored, so a typo never breaks the page, and named
 * in one console warning that lists what is valid.
 * @param warn @default console.warn
 */
export function parseKnobs(search: string, warn: (message: string) => void = console.warn): MockKnobs {
  const params = new URLSearchParams(search)
  const latency = Number(params.get('mockLatency') ?? 0)
  const tokens = (params.get('mockFail') ?? '').split(',').map(token => token.trim()).filter(token => token !== '')
  const fail: FailRule[] = []
  const ignored: string[] = []
  for (const token of tokens) {
    const rule = parseRule(token)
    if (rule)
      fail.push(rule)
    else
      ignored.push(token)
  }
  if (ignored.length)
    warn(`mock backend: ignored mockFail ${ignored.map(t => `"${t}"`).join(', ')}. Valid: ${VALID_RULES}.`)
  const user = params.get('wecomUser')?.trim()
  return {
    latencyMs: Number.isFinite(latency) && latency > 0 ? latency : 0,
    fail,
    ...(params.get('mockOneGroupPerRecord') === '1' ? { oneGroupPerRecord: true } : {}),
    ...(user ? { user } : {}),
  }
}

function parseRule(token: string): FailRule | undefined {
  const colon = token.indexOf(':')
  const call = token.slice(0, colon) as MockCall
  if (colon === -1 || !CALLS.includes(call))
    return undefined
  const match = RULE.exec(token.slice(colon + 1).toLowerCase())
  if (!match)
    return undefined
  const [, name = '', after, count] = match
  const mode = parseMode(call, name, after !== undefined)
  if (!mode)
    return undefined
  if (count === undefined)
    return { call, mode }
  const times = Number(count)
  return times >= 1 ? { call, mode, times } : undefined
}

function parseMode(call: MockCall, name: string, after: boolean): FailMode | undefined {
  if (after && ((call !== 'create' && call !== 'members') || !(name === 'timeout' || /^5\d\d$/.test(name))))
    return undefined
  if (name === 'timeout')
    return after ? { kind: 'timeout', after } : { kind: 'timeout' }
  if (name === 'malformed')
    return { kind: 'malformed' }
  if (name === 'badticket')
    return call === 'config' || call === 'agent' ? { kind: 'badticket' } : undefined
  const code = Number(name)
  if (code >= 1000)
    return { kind: 'wecom', code }
  if (code >= 400 && code <= 599)
    return after ? { kind: 'http', status: code, after } : { kind: 'http', status: code }
  return undefined
}
