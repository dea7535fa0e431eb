import axios from 'axios'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMockBackend, mockHandlersForStandalone } from '../../mock/backend'
import { parseKnobs } from '../../mock/knobs'
import { jsapiSignature } from '../../mock/signature'
import { MOCK_AGENT_ID, MOCK_AGENT_TICKET, MOCK_CORP_ID, MOCK_CORP_TICKET, WRONG_AGENT_TICKET, WRONG_CORP_TICKET } from '../../mock/tickets'

const NOW = Date.UTC(2025, 5, 2, 4, 0, 0) // 12:00 in China
const API = 'http://127.0.0.1:5555/api'
const PAGE = 'https://app.example.com/records/42?from=menu&ids=a%2Cb'

let clock = NOW
const backend = createMockBackend({ now: () => clock, dailyLimit: 3 })
const server = setupServer(...backend.handlers)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  backend.reset()
  clock = NOW
})
afterAll(() => server.close())

interface Envelope {
  code?: number
  data?: unknown
  message?: string
}

interface Answer {
  status: number
  /** The parsed JSON, or {} when the body is not JSON. */
  body: Envelope
  text: string
}

interface Signed {
  corpid: string
  agentid?: string
  timestamp: number
  nonceStr: string
  signature: string
}

async function send(path: string, init?: RequestInit, base = API): Promise<Answer> {
  const response = await fetch(base + path, init)
  const text = await response.text()
  let body: Envelope = {}
  try {
    body = JSON.parse(text) as Envelope
  }
  catch {}
  return { status: response.status, body, text }
}

function signed(answer: Answer): Signed {
  expect(answer.body.code).toBe(0)
  return answer.body.data as Signed
}

function chatIdOf(answer: Answer): string | undefined {
  return (answer.body.data as { chatId?: string } | null | undefined)?.chatId
}

const sign = (kind: 'config' | 'agent', url: string | undefined, init?: RequestInit) =>
  send(`/wecom/jssdk/${kind}-signature${url === undefined ? '' : `?url=${encodeURIComponent(url)}`}`, init)

let seq = 0
function requestId(): string {
  seq++
  return `req${String(seq).padStart(4, '0')}${'x'.repeat(25)}`
}

function createBody(overrides: Record<string, unknown> = {}) {
  return { id: 'biz-42', peopleList: ['zhangsan', 'lisi', 'wangwu'], url: PAGE, name: '项目 42', requestId: requestId(), ...overrides }
}

const create = (body: unknown, init: RequestInit = {}) => send('/wecom/group-chats', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...init.headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
  ...(init.signal ? { signal: init.signal } : {}),
})

describe('signatures', () => {
  it('signs the given URL with the corp ticket for wx.config', async () => {
    const { status, body } = await sign('config', PAGE)
    expect(status).toBe(200)
    expect(body).toMatchObject({ code: 0, message: 'ok', data: { corpid: MOCK_CORP_ID, timestamp: NOW / 1000 } })
    const { timestamp, nonceStr, signature } = body.data as Signed
    expect(nonceStr).toMatch(/^[0-9a-z]{16}$/i)
    expect(signature).toBe(jsapiSignature({ ticket: MOCK_CORP_TICKET, nonceStr, timestamp, url: PAGE }))
  })

  it('signs with the agent ticket for agentConfig, and names the agent', async () => {
    const answer = await sign('agent', PAGE)
    expect(answer.body).toMatchObject({ code: 0, data: { corpid: MOCK_CORP_ID, agentid: MOCK_AGENT_ID } })
    const { timestamp, nonceStr, signature } = signed(answer)
    expect(signature).toBe(jsapiSignature({ ticket: MOCK_AGENT_TICKET, nonceStr, timestamp, url: PAGE }))
    expect(signature).not.toBe(jsapiSignature({ ticket: MOCK_CORP_TICKET, nonceStr, timestamp, url: PAGE }))
  })

  it('draws a fresh nonce each time', async () => {
    const a = await sign('agent', PAGE)
    const b = await sign('agent', PAGE)
    expect(signed(a).nonceStr).not.toBe(signed(b).nonceStr)
  })

  it('refuses a missing or non-absolute URL with 40058', async () => {
    for (const url of [undefined, '', '/records/42', 'ftp://a.test/x', 'http:no-slashes']) {
      const { status, body } = await sign('agent', url)
      expect(status).toBe(200)
      expect(body).toEqual({ code: 40058, data: null, message: 'invalid url' })
    }
  })

  it('signs a URL with a #fragment as given (the client will then refuse it)', async () => {
    const withHash = `${PAGE}#/confirm`
    const { timestamp, nonceStr, signature } = signed(await sign('agent', withHash))
    expect(signature).toBe(jsapiSignature({ ticket: MOCK_AGENT_TICKET, nonceStr, timestamp, url: withHash }))
    expect(signature).not.toBe(jsapiSignature({ ticket: MOCK_AGENT_TICKET, nonceStr, timestamp, url: PAGE }))
  })
})

describe('creating a group', () => {
  it('answers the chatId, which is the requestId, and records the group', async () => {
    const body = createBody({ owner: 'lisi' })
    const answer = await create(body)
    expect(answer).toMatchObject({ status: 200, body: { code: 0, data: { chatId: body.requestId }, message: 'ok' } })
    expect(backend.hasChat(body.requestId)).toBe(true)
    expect(backend.groups.get(body.requestId)).toEqual({
      chatId: body.requestId,
      bizId: 'biz-42',
      name: '项目 42',
      owner: 'lisi',
      userlist: ['zhangsan', 'lisi', 'wangwu'],
      url: PAGE,
      requestId: body.requestId,
      createdAt: NOW,
    })
  })

  it('makes the first member the owner when none is given', async () => {
    const body = createBody({ name: undefined })
    await create(body)
    expect(backend.groups.get(body.requestId)).toMatchObject({ owner: 'zhangsan', name: '' })
  })

  it('answers a repeated requestId with the same chatId and never makes a second group', async () => {
    const body = createBody()
    const first = await create(body)
    const again = await create(body)
    const changed = await create({ ...body, peopleList: ['a1', 'b2'], name: 'other' })
    expect(chatIdOf(first)).toBe(body.requestId)
    expect(again.body).toEqual(first.body)
    expect(changed.body).toEqual(first.body)
    expect(backend.groups.size).toBe(1)
    expect(backend.groups.get(body.requestId)?.userlist).toEqual(['zhangsan', 'lisi', 'wangwu'])
  })

  const members = (n: number) => Array.from({ length: n }, (_, i) => `user${i}`)
  const refusals: [string, unknown, number, string?][] = [
    ['a body that is not an object', '[1,2]', 40058],
    ['a body that is not JSON', 'not json', 40058],
    ['a missing id', createBody({ id: undefined }), 40058],
    ['an empty id', createBody({ id: ' ' }), 40058],
    ['a short requestId', createBody({ requestId: 'abc' }), 40058, 'invalid requestId'],
    ['a requestId with a dash', createBody({ requestId: `${'a'.repeat(31)}-` }), 40058, 'invalid requestId'],
    ['a missing url', createBody({ url: undefined }), 40058],
    ['a peopleList that is not an array', createBody({ peopleList: 'zhangsan,lisi' }), 86007, 'invalid member'],
    ['an empty userId', createBody({ peopleList: ['zhangsan', ''] }), 86007, 'invalid member'],
    ['a userId that is not a string', createBody({ peopleList: ['zhangsan', 7] }), 86007, 'invalid member'],
    ['duplicate userIds', createBody({ peopleList: ['zhangsan', 'lisi', 'zhangsan'] }), 86007, 'invalid member'],
    ['a userId with a space', createBody({ peopleList: ['zhangsan', 'li si'] }), 40003, 'invalid userid'],
    ['a userId of 65 characters', createBody({ peopleList: ['zhangsan', 'a'.repeat(65)] }), 40003, 'invalid userid'],
    ['one member', createBody({ peopleList: ['zhangsan'] }), 86006, 'member count out of range'],
    ['2001 members', createBody({ peopleList: members(2001) }), 86006, 'member count out of range'],
    ['a name of 51 characters', createBody({ name: '群'.repeat(51) }), 86004, 'invalid name'],
    ['a name that is not a string', createBody({ name: 42 }), 86004, 'invalid name'],
    ['an owner outside the list', createBody({ owner: 'zhaoliu' }), 86005, 'invalid owner'],
  ]

  it.each(refusals)('refuses %s', async (_, body, code, message) => {
    const answer = await create(body)
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ code, data: null })
    expect(answer.body.message).toEqual(expect.any(String))
    if (message)
      expect(answer.body.message).toBe(message)
    expect(backend.groups.size).toBe(0)
  })

  it('accepts the edges: 2 and 2000 members, 50 characters counted as code points, dotted userIds', async () => {
    expect((await create(createBody({ peopleList: ['a', 'b'] }))).body.code).toBe(0)
    expect((await create(createBody({ peopleList: members(2000) }))).body.code).toBe(0)
    expect((await create(createBody({ name: '😀'.repeat(50), peopleList: ['zhang.san@corp', 'li-si_2'] }))).body.code).toBe(0)
  })

  it('stops at the daily limit until the next day in China (45009)', async () => {
    const kept = createBody()
    for (const body of [kept, createBody(), createBody()])
      expect((await create(body)).body.code).toBe(0)
    expect((await create(createBody())).body).toMatchObject({ code: 45009, message: 'api freq out of limit' })
    // A retry of a group already made is not a new group.
    expect((await create(kept)).body.code).toBe(0)
    clock = Date.UTC(2025, 5, 2, 16, 0, 0) // midnight in China
    expect((await create(createBody())).body.code).toBe(0)
    expect(backend.groups.size).toBe(4)
  })
})

describe('recording requests', () => {
  it('records every call with its query, body and lowercase headers', async () => {
    await sign('agent', PAGE, { headers: { Authorization: 'Bearer t0k3n', 'X-Tenant': 'acme' } })
    const body = createBody()
    await create(body, { headers: { Authorization: 'Bearer t0k3n' } })
    expect(backend.requests).toHaveLength(2)
    expect(backend.requests[0]).toMatchObject({
      call: 'agent',
      method: 'GET',
      query: { url: PAGE },
      headers: { 'authorization': 'Bearer t0k3n', 'x-tenant': 'acme' },
    })
    expect(backend.requests[1]).toMatchObject({ call: 'create', method: 'POST', body, headers: { authorization: 'Bearer t0k3n' } })
  })
})

describe('where the handlers listen', () => {
  it('matches a relative request from the page, as axios makes it under jsdom', async () => {
    // Asked as the client asks (src/api/client.ts): its own query, no XSRF cookie lookup; the parts
    // of axios for `params` and XSRF are not bundled (build/axios-xhr-only.ts).
    const { data } = await axios.get<Envelope>(`/api/wecom/jssdk/agent-signature?${new URLSearchParams({ url: PAGE })}`, { withXSRFToken: false })
    expect(data.code).toBe(0)
    expect(backend.requests[0]?.url).toMatch(/^http:\/\/localhost(:\d+)?\/api\/wecom\/jssdk\/agent-signature\?/)
  })

  it('follows another relative or absolute baseUrl', async () => {
    const relative = createMockBackend({ baseUrl: 'gateway/v2/' })
    const absolute = createMockBackend({ baseUrl: 'https://backend.example.com/api' })
    server.use(...relative.handlers, ...absolute.handlers)
    expect((await send('/wecom/jssdk/config-signature?url=https://a.test/', {}, 'http://localhost:8080/gateway/v2')).body.code).toBe(0)
    expect((await send('/wecom/jssdk/config-signature?url=https://a.test/', {}, 'https://backend.example.com/api')).body.code).toBe(0)
    expect(relative.requests).toHaveLength(1)
    expect(absolute.requests).toHaveLength(1)
  })
})

describe('knobs', () => {
  it('delays every answer by latencyMs', async () => {
    backend.setKnobs({ latencyMs: 150 })
    const started = performance.now()
    expect((await sign('config', PAGE)).body.code).toBe(0)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('fails a call the given number of times, then recovers, without creating a group', async () => {
    backend.setKnobs({ fail: [{ call: 'create', mode: { kind: 'http', status: 500 }, times: 1 }] })
    const body = createBody()
    const failed = await create(body)
    expect(failed).toMatchObject({ status: 500, text: 'Internal Server Error' })
    expect(backend.groups.size).toBe(0)
    expect((await create(body)).body).toMatchObject({ code: 0, data: { chatId: body.requestId } })
    expect(backend.knobs.fail[0]?.times).toBe(0)
  })

  it('answers 401 with an envelope, for an expired login', async () => {
    backend.setKnobs({ fail: [{ call: 'agent', mode: { kind: 'http', status: 401 } }] })
    expect(await sign('agent', PAGE)).toMatchObject({ status: 401, body: { code: 401, data: null, message: 'Unauthorized' } })
    expect(await sign('agent', PAGE)).toMatchObject({ status: 401 })
    expect((await sign('config', PAGE)).status).toBe(200)
  })

  it('relays a WeCom refusal with its words', async () => {
    backend.setKnobs({ fail: [{ call: 'create', mode: { kind: 'wecom', code: 60011 } }] })
    const answer = await create(createBody())
    expect(answer).toMatchObject({ status: 200, body: { code: 60011, data: null, message: expect.stringContaining('no privilege') } })
    expect(backend.groups.size).toBe(0)
  })

  it('never answers on timeout; the client has to abort', async () => {
    backend.setKnobs({ fail: [{ call: 'create', mode: { kind: 'timeout' } }] })
    const controller = new AbortController()
    const pending = create(createBody(), { signal: controller.signal })
    const outcome = await Promise.race([pending.then(() => 'answered', () => 'failed'), sleep(200).then(() => 'pending')])
    expect(outcome).toBe('pending')
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(backend.requests).toHaveLength(1)
    expect(backend.groups.size).toBe(0)
  })

  it('can create the group before failing, for an unknown outcome', async () => {
    backend.setKnobs({ fail: [{ call: 'create', mode: { kind: 'http', status: 503, after: true }, times: 1 }] })
    const body = createBody()
    expect((await create(body)).status).toBe(503)
    expect(backend.hasChat(body.requestId)).toBe(true)
    expect((await create(body)).body).toMatchObject({ code: 0, data: { chatId: body.requestId } })
    expect(backend.groups.size).toBe(1)
  })

  it('answers HTTP 200 without a code when malformed', async () => {
    backend.setKnobs({ fail: [{ call: 'create', mode: { kind: 'malformed' } }] })
    const answer = await create(createBody())
    expect(answer.status).toBe(200)
    expect(answer.body).not.toHaveProperty('code')
    expect(backend.groups.size).toBe(0)
  })

  it('signs with a stale ticket on badticket', async () => {
    backend.setKnobs({ fail: [{ call: 'agent', mode: { kind: 'badticket' } }, { call: 'config', mode: { kind: 'badticket' } }] })
    const agent = signed(await sign('agent', PAGE))
    expect(agent.signature).toBe(jsapiSignature({ ticket: WRONG_AGENT_TICKET, nonceStr: agent.nonceStr, timestamp: agent.timestamp, url: PAGE }))
    expect(agent.signature).not.toBe(jsapiSignature({ ticket: MOCK_AGENT_TICKET, nonceStr: agent.nonceStr, timestamp: agent.timestamp, url: PAGE }))
    const config = signed(await sign('config', PAGE))
    expect(config.signature).toBe(jsapiSignature({ ticket: WRONG_CORP_TICKET, nonceStr: config.nonceStr, timestamp: config.timestamp, url: PAGE }))
  })

  it('applies rules in order, each to its own call', async () => {
    backend.setKnobs({
      fail: [
        { call: 'create', mode: { kind: 'wecom', code: 86006 }, times: 1 },
        { call: 'create', mode: { kind: 'http', status: 502 }, times: 1 },
      ],
    })
    expect((await sign('agent', PAGE)).body.code).toBe(0)
    expect((await create(createBody())).body.code).toBe(86006)
    expect((await create(createBody())).status).toBe(502)
    expect((await create(createBody())).body.code).toBe(0)
  })

  it('never counts down the caller\'s rule objects, and reset restores the initial knobs', async () => {
    const initial = { call: 'config' as const, mode: { kind: 'http' as const, status: 503 }, times: 1 }
    const own = createMockBackend({ knobs: { fail: [initial] } })
    server.use(...own.handlers)
    expect((await sign('config', PAGE)).status).toBe(503)
    expect((await sign('config', PAGE)).status).toBe(200)
    expect(initial.times).toBe(1)
    own.reset()
    expect(own.requests).toHaveLength(0)
    expect((await sign('config', PAGE)).status).toBe(503)
  })

  it('builds a backend from the standalone page\'s query string', () => {
    const standalone = mockHandlersForStandalone('?mockLatency=800&mockFail=create:86006')
    expect(standalone.knobs).toEqual({ latencyMs: 800, fail: [{ call: 'create', mode: { kind: 'wecom', code: 86006 } }] })
    expect(standalone.handlers).toHaveLength(5)
  })
})

describe('parseKnobs', () => {
  it('reads latency and one rule', () => {
    expect(parseKnobs('?mockLatency=800&mockFail=create:86006')).toEqual({
      latencyMs: 800,
      fail: [{ call: 'create', mode: { kind: 'wecom', code: 86006 } }],
    })
  })

  it('reads several rules with counts', () => {
    expect(parseKnobs('mockFail=create:500x1,agent:badticket,config:timeout,create:malformedx2,agent:401').fail).toEqual([
      { call: 'create', mode: { kind: 'http', status: 500 }, times: 1 },
      { call: 'agent', mode: { kind: 'badticket' } },
      { call: 'config', mode: { kind: 'timeout' } },
      { call: 'create', mode: { kind: 'malformed' }, times: 2 },
      { call: 'agent', mode: { kind: 'http', status: 401 } },
    ])
  })

  it('reads the unknown-outcome modes for create', () => {
    expect(parseKnobs('mockFail=create:503-afterx1,create:timeout-after').fail).toEqual([
      { call: 'create', mode: { kind: 'http', status: 503, after: true }, times: 1 },
      { call: 'create', mode: { kind: 'timeout', after: true } },
    ])
  })

  it('ignores what it does not understand', () => {
    expect(parseKnobs('')).toEqual({ latencyMs: 0, fail: [] })
    expect(parseKnobs('?mockLatency=soon&mockFail=create,delete:500,create:oops,create:badticket,agent:200,agent:99,create:500x0,agent:500-after,config:86006,,', () => {})).toEqual({
      latencyMs: 0,
      fail: [{ call: 'config', mode: { kind: 'wecom', code: 86006 } }],
    })
    expect(parseKnobs('mockLatency=-5').latencyMs).toBe(0)
  })
})

function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}
