import type { BackendSettings } from '@/api/client'
import type { GroupChatFailure } from '@/failures/failure'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { createBackendClient } from '@/api/client'
import { jsapiSignature } from '../../mock/signature'
import { MOCK_AGENT_ID, MOCK_AGENT_TICKET, MOCK_CORP_ID, MOCK_CORP_TICKET } from '../../mock/tickets'
import { useMockBackend } from '../helpers/backend'

const { backend, server } = useMockBackend()
const PAGE = 'http://localhost:3000/records/42?tab=chat'

function client(settings: BackendSettings = {}, options: { signal?: AbortSignal, onAuthExpired?: () => void } = {}) {
  return createBackendClient({ settings: () => settings, signal: options.signal ?? new AbortController().signal, onAuthExpired: options.onAuthExpired, retryDelays: [5, 5] })
}

function body(overrides: Record<string, unknown> = {}) {
  return { id: 'REC-1', peopleList: ['zhangsan', 'lisi'], url: PAGE, requestId: 'a'.repeat(32), ...overrides }
}

async function failure(promise: Promise<unknown>): Promise<GroupChatFailure> {
  return promise.then(() => expect.unreachable('should have failed'), e => e as GroupChatFailure)
}

describe('backend client', () => {
  it('unwraps the envelope of both signatures, signed with the right ticket', async () => {
    const api = client()
    const config = await api.configSignature(PAGE)
    expect(config.corpid).toBe(MOCK_CORP_ID)
    expect(config.signature).toBe(jsapiSignature({ ticket: MOCK_CORP_TICKET, nonceStr: config.nonceStr, timestamp: config.timestamp, url: PAGE }))
    const agent = await api.agentSignature(PAGE)
    expect(agent.agentid).toBe(MOCK_AGENT_ID)
    expect(agent.signature).toBe(jsapiSignature({ ticket: MOCK_AGENT_TICKET, nonceStr: agent.nonceStr, timestamp: agent.timestamp, url: PAGE }))
    expect(backend.requests.map(r => r.query.url)).toEqual([PAGE, PAGE])
  })

  it('awaits getHeaders before every request, so a refreshed token is used', async () => {
    let token = 'first'
    const api = client({ getHeaders: async () => ({ Authorization: `Bearer ${token}` }) })
    await api.agentSignature(PAGE)
    token = 'refreshed'
    await api.createGroup(body())
    expect(backend.requests.map(r => r.headers.authorization)).toEqual(['Bearer first', 'Bearer refreshed'])
  })

  it('honours apiBaseUrl and endpoints', async () => {
    server.use(http.post('http://api.example.test/gw/chats', () => HttpResponse.json({ code: 0, data: 'wrXYZ' })))
    const api = client({ apiBaseUrl: 'http://api.example.test/gw', endpoints: { createGroup: '/chats' } })
    await expect(api.createGroup(body())).resolves.toEqual({ chatId: 'wrXYZ', existing: false })
  })

  it('returns the chatId and one group for the requestId', async () => {
    const { chatId } = await client().createGroup(body())
    expect(chatId).toBe('a'.repeat(32))
    expect(backend.groups.size).toBe(1)
  })

  it('turns a WeCom code into a backend error with words', async () => {
    const f = await failure(client().createGroup(body({ peopleList: ['zhangsan'] })))
    expect(f.code).toBe('backend')
    expect(f.key).toBe('wecom.86006')
    expect(f.outcomeUnknown).toBe(false)
  })

  it('shows the backend message for a code we do not know', async () => {
    server.use(http.post('*/api/wecom/group-chats', () => HttpResponse.json({ code: 123, message: '审批中，暂不能建群' })))
    const f = await failure(client().createGroup(body()))
    expect(f).toMatchObject({ code: 'backend', key: 'error.backend', params: { code: 123 } })
    expect(f.options.backendMessage).toBe('审批中，暂不能建群')
  })

  it('maps HTTP 401 to auth and tells the host', async () => {
    backend.setKnobs({ fail: [{ call: 'create', mode: { kind: 'http', status: 401 } }] })
    const onAuthExpired = vi.fn()
    const f = await failure(client({}, { onAuthExpired }).createGroup(body()))
    expect(f.code).toBe('auth')
    expect(onAuthExpired).toHaveBeenCalledOnce()
  })

  it('maps a silent server to timeout, with an unknown outcome', async () => {
    backend.setKnobs({ fail: [{ call: 'create', mode: { kind: 'timeout' } }] })
    const api = client({ timeoutMs: 60 })
    const f = await failure(api.createGroup(body()))
    expect(f.code).toBe('timeout')
    expect(f.outcomeUnknown).toBe(true)
    // The create's message promises that pressing Create again cannot make a second group.
    expect(f.options.retrySafe).toBe(true)
  })

  it('maps a failed connection to network', async () => {
    server.use(http.get('*/api/wecom/jssdk/config-signature', () => HttpResponse.error()))
    const f = await failure(client().configSignature(PAGE))
    expect(f.code).toBe('network')
  })

  it('rejects a response of the wrong shape with a clear backend error', async () => {
    backend.setKnobs({ fail: [{ call: 'agent', mode: { kind: 'malformed' } }] })
    expect(await failure(client().agentSignature(PAGE))).toMatchObject({ code: 'backend', key: 'error.malformed' })
    server.use(http.post('*/api/wecom/group-chats', () => HttpResponse.json({ code: 0, data: { chatId: '' } })))
    expect(await failure(client().createGroup(body()))).toMatchObject({ code: 'backend', key: 'error.malformed', params: { what: 'chatId' } })
    server.use(http.get('*/api/wecom/jssdk/agent-signature', () => HttpResponse.json({ code: 0, data: { corpid: 'x' } })))
    expect(await failure(client().agentSignature(PAGE))).toMatchObject({ key: 'error.malformed' })
  })

  it('retries a signature twice, then gives up', async () => {
    backend.setKnobs({ fail: [{ call: 'agent', mode: { kind: 'http', status: 502 }, times: 2 }] })
    await expect(client().agentSignature(PAGE)).resolves.toMatchObject({ agentid: MOCK_AGENT_ID })
    expect(backend.requests).toHaveLength(3)

    backend.reset()
    backend.setKnobs({ fail: [{ call: 'config', mode: { kind: 'http', status: 500 } }] })
    expect((await failure(client().configSignature(PAGE))).code).toBe('backend')
    expect(backend.requests).toHaveLength(3)
  })

  it('does not retry a definite refusal', async () => {
    backend.setKnobs({ fail: [{ call: 'agent', mode: { kind: 'wecom', code: 40093 } }] })
    await failure(client().agentSignature(PAGE))
    expect(backend.requests).toHaveLength(1)
  })

  it('retries a create only with the same requestId, and never makes a second group', async () => {
    backend.setKnobs({ fail: [{ call: 'create', mode: { kind: 'http', status: 503, after: true }, times: 1 }] })
    await expect(client().createGroup(body())).resolves.toEqual({ chatId: 'a'.repeat(32), existing: false })
    const creates = backend.requests.filter(r => r.call === 'create')
    expect(creates).toHaveLength(2)
    expect(creates.map(r => (r.body as { requestId: string }).requestId)).toEqual(['a'.repeat(32), 'a'.repeat(32)])
    expect(backend.groups.size).toBe(1)
  })

  it('ends signature requests with the instance\'s lifetime and refuses new ones', async () => {
    backend.setKnobs({ fail: [{ call: 'agent', mode: { kind: 'timeout' } }] })
    const lifetime = new AbortController()
    const api = client({}, { signal: lifetime.signal })
    const pending = failure(api.agentSignature(PAGE))
    await vi.waitFor(() => expect(backend.requests).toHaveLength(1))
    lifetime.abort()
    expect(await pending).toMatchObject({ aborted: true })
    expect(await failure(api.configSignature(PAGE))).toMatchObject({ aborted: true })
    expect(backend.requests).toHaveLength(1)
  })

  it('never aborts a create that was sent: its outcome outlives the instance (docs/host-guide.md)', async () => {
    backend.setKnobs({ latencyMs: 80 })
    const lifetime = new AbortController()
    const api = client({}, { signal: lifetime.signal })
    const created = api.createGroup(body())
    await vi.waitFor(() => expect(backend.requests).toHaveLength(1))
    lifetime.abort()
    await expect(created).resolves.toEqual({ chatId: 'a'.repeat(32), existing: false })
    expect(backend.groups.size).toBe(1)
  })

  it('takes a 4xx envelope as a definite refusal, in the backend\'s own words', async () => {
    let creates = 0
    server.use(http.post('*/api/wecom/group-chats', () => {
      creates++
      return HttpResponse.json({ code: 86006, message: '成员数量超出限制（业务规则 B-12）' }, { status: 400 })
    }))
    const f = await failure(client().createGroup(body()))
    expect(f).toMatchObject({ code: 'backend', key: 'wecom.86006', outcomeUnknown: false })
    expect(f.options.backendMessage).toBe('成员数量超出限制（业务规则 B-12）')
    expect(f.options.retrySafe).toBeUndefined()
    // Not retried: a refusal is definite.
    expect(creates).toBe(1)
  })

  it('takes an unreadable create answer as an unknown outcome: retried with the same requestId, and said so', async () => {
    let creates = 0
    server.use(http.post('*/api/wecom/group-chats', () => {
      creates++
      return HttpResponse.json({ code: 0, data: {} })
    }))
    const f = await failure(client().createGroup(body()))
    expect(f).toMatchObject({ code: 'backend', key: 'error.malformed', outcomeUnknown: true })
    expect(f.options.retrySafe).toBe(true)
    expect(creates).toBe(2)
  })

  it('keeps a failing server\'s own message, word for word', async () => {
    server.use(http.post('*/api/wecom/group-chats', () => HttpResponse.json({ code: 500, message: '数据库维护中' }, { status: 503 })))
    const f = await failure(client().createGroup(body()))
    expect(f).toMatchObject({ key: 'error.server', params: { status: 503 }, outcomeUnknown: true })
    expect(f.options.backendMessage).toBe('数据库维护中')
  })
})
