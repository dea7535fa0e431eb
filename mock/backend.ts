/**
 * A model of the existing backend (docs/backend-guide.md) as MSW handlers: it signs like a real one, creates
 * groups under WeCom's server rules, and fails on demand through knobs. Dev and tests only.
 */
import type { RequestHandler } from 'msw'
import type { FailMode, FailRule, MockCall, MockKnobs } from './knobs'
import type { Refusal } from './create-rules'
import { delay, http, HttpResponse } from 'msw'
import { checkCreateRequest, isHttpUrl, isRecord, isRequestId, refusal } from './create-rules'
import { createGroupMembers } from './group-members'
import { parseKnobs } from './knobs'
import { jsapiSignature } from './signature'
import { MOCK_AGENT_ID, MOCK_AGENT_TICKET, MOCK_CORP_ID, MOCK_CORP_TICKET, WRONG_AGENT_TICKET, WRONG_CORP_TICKET } from './tickets'

export interface MockGroup {
  chatId: string
  bizId: string
  name: string
  owner: string
  userlist: string[]
  url: string
  requestId: string
  createdAt: number
}

export interface RecordedRequest {
  call: MockCall
  method: string
  url: string
  query: Record<string, string>
  body: unknown
  /** Names in lowercase. */
  headers: Record<string, string>
}

export interface MockBackend {
  handlers: RequestHandler[]
  /** The knobs in force; change them with `setKnobs`. */
  readonly knobs: MockKnobs
  setKnobs: (knobs: Partial<MockKnobs>) => void
  /** Forgets groups and requests, and puts the knobs back as created. */
  reset: () => void
  /** By chatId. */
  groups: Map<string, MockGroup>
  hasChat: (chatId: string) => boolean
  /** Adds a group as if this app had created it (a record that already has one). */
  seed: (group: Pick<MockGroup, 'chatId' | 'bizId' | 'name' | 'owner' | 'userlist'>) => void
  /** Whether the signed-in user (`wecomUser`) is in the chat: the simulator refuses the jump otherwise. */
  isMember: (chatId: string) => boolean
  /** Every request seen, in order, recorded before any latency or failure. */
  requests: RecordedRequest[]
}

export interface MockBackendOptions {
  /** Relative (matched under any origin) or absolute. @default '/api' */
  baseUrl?: string
  knobs?: Partial<MockKnobs>
  /** @default Date.now */
  now?: () => number
  /** New groups a corp may create per day (WeCom: 1000). @default 1000 */
  dailyLimit?: number
}

export const PATHS = {
  config: '/wecom/jssdk/config-signature',
  agent: '/wecom/jssdk/agent-signature',
  create: '/wecom/group-chats',
  /** The optional calls, as docs/backend-guide.md suggests them. */
  info: '/wecom/group-chats/:chatId',
  members: '/wecom/group-chats/:chatId/members',
} as const satisfies Record<MockCall, string>

const DAY_MS = 86_400_000
// WeCom's daily quota follows the day in China (UTC+8).
const CHINA_OFFSET_MS = 8 * 3_600_000

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const { now = Date.now, dailyLimit = 1000 } = options
  const base = handlerBase(options.baseUrl ?? '/api')
  const groups = new Map<string, MockGroup>()
  const requests: RecordedRequest[] = []
  const initialKnobs = (): MockKnobs => copyKnobs({ latencyMs: 0, fail: [], ...options.knobs })
  let knobs = initialKnobs()
  const members = createGroupMembers({ groups, user: () => knobs.user, now })

  async function handle(call: MockCall, request: Request): Promise<Response> {
    const body = request.method === 'GET' ? undefined : parseBody(await request.text())
    requests.push(record(call, request, body))
    if (knobs.latencyMs > 0)
      await delay(knobs.latencyMs)
    const mode = takeFailure(knobs.fail, call)
    switch (mode?.kind) {
      case 'wecom':
        return refuse(refusal(mode.code))
      case 'http':
        if (mode.after && (call === 'create' || call === 'members'))
          answer(call, request, body)
        return httpError(mode.status)
      case 'timeout':
        if (mode.after && (call === 'create' || call === 'members'))
          answer(call, request, body)
        await delay('infinite')
        return httpError(504)
      case 'malformed':
        return HttpResponse.json({ status: 'ok', data: null })
      case 'badticket':
        return answer(call, request, body, true)
      default:
        return answer(call, request, body)
    }
  }

  function answer(call: MockCall, request: Request, body: unknown, staleTicket = false): Response {
    if (call === 'create')
      return create(body)
    if (call === 'info' || call === 'members') {
      const chatId = decodeURIComponent(new URL(request.url).pathname.split('/').filter(Boolean).at(call === 'info' ? -1 : -2) ?? '')
      const result = call === 'info' ? members.info(chatId) : members.add(chatId, body)
      return result.ok ? success(result.data) : refuse(result.refusal)
    }
    const url = new URL(request.url).searchParams.get('url')
    // Signed as given, '#' included: a real backend cannot tell, and the client will refuse it.
    if (!isHttpUrl(url))
      return refuse(refusal(40058, 'invalid url'))
    const timestamp = Math.floor(now() / 1000)
    const nonceStr = randomNonce()
    if (call === 'config') {
      const ticket = staleTicket ? WRONG_CORP_TICKET : MOCK_CORP_TICKET
      return success({ corpid: MOCK_CORP_ID, timestamp, nonceStr, signature: jsapiSignature({ ticket, nonceStr, timestamp, url }) })
    }
    const ticket = staleTicket ? WRONG_AGENT_TICKET : MOCK_AGENT_TICKET
    return success({ corpid: MOCK_CORP_ID, agentid: MOCK_AGENT_ID, timestamp, nonceStr, signature: jsapiSignature({ ticket, nonceStr, timestamp, url }) })
  }

  function create(body: unknown): Response {
    // The requestId is passed to appchat/create as chatid, so a retry can never make a second group.
    const replayed = isRecord(body) && isRequestId(body.requestId) ? groups.get(body.requestId) : undefined
    if (replayed)
      return success({ chatId: replayed.chatId })
    const check = checkCreateRequest(body)
    if (!check.ok)
      return refuse(check)
    // One group per record: the record's group that exists is the answer, and no new group is made.
    const ofRecord = knobs.oneGroupPerRecord ? [...groups.values()].find(g => g.bizId === check.request.id) : undefined
    if (ofRecord)
      return success({ chatId: ofRecord.chatId, existing: true })
    if (groupsToday() >= dailyLimit)
      return refuse(refusal(45009))
    const { id, peopleList, url, name, owner, requestId } = check.request
    groups.set(requestId, {
      chatId: requestId,
      bizId: id,
      name,
      // appchat/create picks a member when no owner is given; the first is as good as any.
      owner: owner ?? peopleList[0] ?? '',
      userlist: [...peopleList],
      url,
      requestId,
      createdAt: now(),
    })
    return success({ chatId: requestId })
  }

  function groupsToday(): number {
    const today = chinaDay(now())
    let count = 0
    for (const group of groups.values()) {
      if (chinaDay(group.createdAt) === today)
        count++
    }
    return count
  }

  const handlers: RequestHandler[] = [
    http.get(base + PATHS.config, ({ request }) => handle('config', request)),
    http.get(base + PATHS.agent, ({ request }) => handle('agent', request)),
    http.post(base + PATHS.create, ({ request }) => handle('create', request)),
    http.get(base + PATHS.info, ({ request }) => handle('info', request)),
    http.post(base + PATHS.members, ({ request }) => handle('members', request)),
  ]

  return {
    handlers,
    get knobs() {
      return knobs
    },
    setKnobs(next) {
      knobs = copyKnobs({ ...knobs, ...next })
    },
    reset() {
      groups.clear()
      members.reset()
      requests.length = 0
      knobs = initialKnobs()
    },
    groups,
    hasChat: chatId => groups.has(chatId),
    isMember: chatId => members.isMember(chatId),
    seed: group => void groups.set(group.chatId, { ...group, userlist: [...group.userlist], url: '', requestId: group.chatId, createdAt: now() }),
    requests,
  }
}

/** For the standalone dev page: knobs come from its query string. */
export function mockHandlersForStandalone(search: string): MockBackend {
  return createMockBackend({ knobs: parseKnobs(search) })
}

/**
 * A relative base matches under any origin: the browser requests `/api/...`, while axios under
 * Node or jsdom requests `http://localhost:3000/api/...`.
 */
function handlerBase(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '')
  if (/^https?:\/\//i.test(trimmed))
    return trimmed
  return `*${trimmed.startsWith('/') ? '' : '/'}${trimmed}`
}

/** Consumes one failure from the first live rule for this call. */
function takeFailure(rules: FailRule[], call: MockCall): FailMode | undefined {
  const rule = rules.find(r => r.call === call && (r.times === undefined || r.times > 0) && applies(r.mode, call))
  if (!rule)
    return undefined
  if (rule.times !== undefined)
    rule.times--
  return rule.mode
}

function applies(mode: FailMode, call: MockCall): boolean {
  return mode.kind !== 'badticket' || call === 'config' || call === 'agent'
}

/** Copies rules so counting down never touches the caller's objects. */
function copyKnobs(knobs: MockKnobs): MockKnobs {
  return { ...knobs, fail: knobs.fail.map(rule => ({ ...rule, mode: { ...rule.mode } })) }
}

function record(call: MockCall, request: Request, body: unknown): RecordedRequest {
  const url = new URL(request.url)
  const query: Record<string, string> = {}
  url.searchParams.forEach((value, key) => {
    query[key] = value
  })
  const headers: Record<string, string> = {}
  request.headers.forEach((value, key) => {
    headers[key.toLowerCase()] = value
  })
  return { call, method: request.method, url: request.url, query, body, headers }
}

function parseBody(text: string): unknown {
  if (text === '')
    return undefined
  try {
    return JSON.parse(text) as unknown
  }
  catch {
    return text
  }
}

function success(data: unknown): Response {
  return HttpResponse.json({ code: 0, data, message: 'ok' })
}

/** WeCom refusals arrive as HTTP 200 with a non-zero code, as the backend relays them. */
function refuse({ code, message }: Refusal): Response {
  return HttpResponse.json({ code, data: null, message })
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}

/** A 4xx comes from the backend itself (an envelope); a 5xx usually from a gateway (plain text). */
function httpError(status: number): Response {
  const reason = REASONS[status] ?? 'Error'
  if (status < 500)
    return HttpResponse.json({ code: status, data: null, message: reason }, { status, statusText: reason })
  return new HttpResponse(reason, { status, statusText: reason, headers: { 'Content-Type': 'text/plain' } })
}

const NONCE_CHARS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

function randomNonce(length = 16): string {
  let nonce = ''
  for (let i = 0; i < length; i++)
    nonce += NONCE_CHARS.charAt(Math.floor(Math.random() * NONCE_CHARS.length))
  return nonce
}

function chinaDay(ms: number): number {
  return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS)
}
