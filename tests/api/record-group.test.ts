import type { BackendSettings } from '@/api/client'
import type { GroupChatFailure } from '@/failures/failure'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createBackendClient } from '@/api/client'
import { toGroupInfo } from '@/api/groupInfo'
import { useMockBackend } from '../helpers/backend'

const { backend, server } = useMockBackend({ knobs: { user: 'me' } })
const ENDPOINTS = { groupInfo: '/wecom/group-chats/{chatId}', addMembers: '/wecom/group-chats/{chatId}/members' }
const GROUP = { chatId: 'wrG', bizId: 'REC-1', name: 'Deal 42', owner: 'zhangsan', userlist: ['zhangsan', 'lisi'] }
const ID = 'b'.repeat(32)

function client(settings: BackendSettings = { endpoints: ENDPOINTS }) {
  return createBackendClient({ settings: () => ({ apiBaseUrl: 'http://localhost:3000/api', ...settings }), signal: new AbortController().signal, retryDelays: [5, 5] })
}

async function failure(promise: Promise<unknown>): Promise<GroupChatFailure> {
  return promise.then(() => expect.unreachable('should have failed'), e => e as GroupChatFailure)
}

describe('the record\'s group calls', () => {
  it('are off unless the host names them', async () => {
    expect(client({}).has('groupInfo')).toBe(false)
    expect(client({ endpoints: { addMembers: ENDPOINTS.addMembers } }).has('addMembers')).toBe(true)
    await expect(client({}).groupInfo('wrG')).rejects.toThrow(/endpoints\.groupInfo/)
  })

  it('reads the group with {chatId} in the path, encoded', async () => {
    backend.seed(GROUP)
    const info = toGroupInfo(await client().groupInfo('wrG'), 'wrG')
    expect(info).toEqual({ chatId: 'wrG', name: 'Deal 42', owner: 'zhangsan', members: ['zhangsan', 'lisi'], isMember: false })
    expect(backend.requests.at(-1)).toMatchObject({ call: 'info', method: 'GET', url: 'http://localhost:3000/api/wecom/group-chats/wrG' })
  })

  it('posts { add, self, requestId } and answers the group after the change', async () => {
    backend.seed(GROUP)
    const after = toGroupInfo(await client().addMembers('wrG', { add: ['wangwu'], self: true, requestId: ID }), 'wrG')
    expect(after).toMatchObject({ members: ['zhangsan', 'lisi', 'wangwu', 'me'], isMember: true })
    expect(backend.requests.at(-1)).toMatchObject({ call: 'members', method: 'POST', body: { add: ['wangwu'], self: true, requestId: ID } })
  })

  it('a lost answer is retried once as the same request and then said to be safe to retry', async () => {
    server.use(http.post('*/wecom/group-chats/:chatId/members', () => HttpResponse.text('Bad Gateway', { status: 502 })))
    const f = await failure(client().addMembers('wrG', { add: [], self: true, requestId: ID }))
    expect(f).toMatchObject({ outcomeUnknown: true, options: { retrySafe: true } })
  })

  it('a WeCom refusal keeps its code and the backend\'s words', async () => {
    const f = await failure(client().groupInfo('wrUnknown'))
    expect(f).toMatchObject({ code: 'backend', params: { code: 86003 }, options: { backendMessage: 'chat not exist' } })
  })

  it('reads a create answered with the record\'s existing group', async () => {
    server.use(http.post('*/wecom/group-chats', () => HttpResponse.json({ code: 0, data: { chatId: 'wrOld', existing: true } })))
    await expect(client().createGroup({ id: 'REC-1', peopleList: ['a', 'b'], url: 'https://x.example/', requestId: ID })).resolves.toEqual({ chatId: 'wrOld', existing: true })
  })
})
