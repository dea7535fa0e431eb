import { nextTick } from 'vue'
import { describe, expect, it, vi } from 'vitest'
import { GroupChatFailure } from '@/failures/failure'
import { useFlowStore } from '@/stores/flow'
import { useJssdkStore } from '@/stores/jssdk'
import { useRecordGroupStore } from '@/stores/recordGroup'
import { CHAT_ID, createStoreWorld } from '../helpers/instance'

const WECOM = { environment: 'wecom', version: '4.1.30', canOpenChat: true } as const
const CHOICE = { peopleList: ['zhangsan', 'lisi'], name: '', owner: undefined }
const ENDPOINTS = { groupInfo: '/g/{chatId}', addMembers: '/g/{chatId}/members' }

function world(props: Record<string, unknown> = {}, env?: typeof WECOM) {
  const w = createStoreWorld(props, env ? { env } : {})
  const jssdk = w.use(useJssdkStore)
  let settle!: (ok: boolean) => void
  const openChat = vi.fn(async (chatId: string) => new Promise<void>((resolve, reject) => {
    settle = ok => ok ? resolve() : reject(new GroupChatFailure('open-chat', 'error.openChat', { reason: 'x' }, { chatId }))
  }))
  jssdk.openChat = openChat
  const flow = w.use(useFlowStore)
  return { ...w, flow, openChat, settle: (ok: boolean) => settle(ok) }
}

describe('the flow across records (keep-alive hosts)', () => {
  it('a host update of existingChatId does not reset a jump under way', async () => {
    const { flow, update, settle } = world({ existingChatId: 'wrA' }, WECOM)
    const opening = flow.openExisting()
    expect(flow.state).toMatchObject({ kind: 'existing', chatId: 'wrA', jump: 'opening' })
    update({ existingChatId: 'wrB' })
    await nextTick()
    expect(flow.state).toMatchObject({ kind: 'existing', chatId: 'wrA', jump: 'opening' })
    settle(true)
    expect(await opening).toBe(true)
  })

  it('a host that stores the new chatId as existingChatId (on onCreated) leaves the outcome on screen', async () => {
    const { flow, update } = world({ bizId: 'REC-A' })
    await flow.create(CHOICE)
    expect(flow.state.kind).toBe('created')
    update({ bizId: 'REC-A', existingChatId: CHAT_ID })
    await nextTick()
    expect(flow.state.kind).toBe('created')
  })

  it('a create in flight when the host moves to another record is reported with its bizId, to that record\'s callbacks, and never shown', async () => {
    const { flow, api, report, update, context } = world({ bizId: 'REC-A' })
    let answer!: () => void
    api.createGroup.mockReturnValueOnce(new Promise(resolve => (answer = () => resolve({ chatId: CHAT_ID, existing: false }))))
    const sentFor = context.props.value
    const done = flow.create(CHOICE)
    update({ bizId: 'REC-B' })
    await nextTick()
    expect(flow.state).toEqual({ kind: 'picking' })
    answer()
    await done
    expect(flow.state).toEqual({ kind: 'picking' })
    expect(report.created).toHaveBeenCalledWith(expect.objectContaining({ chatId: CHAT_ID, bizId: 'REC-A', opened: false }), sentFor)
  })

  it('a create answered existing: true is the record\'s group, reported with existing once the jump settles', async () => {
    const { flow, api, report, settle } = world({}, WECOM)
    api.createGroup.mockResolvedValueOnce({ chatId: 'wrOld', existing: true })
    const done = flow.create(CHOICE)
    await vi.waitFor(() => expect(flow.state).toMatchObject({ kind: 'existing', chatId: 'wrOld', jump: 'opening' }))
    settle(true)
    await done
    expect(report.created).toHaveBeenCalledWith(expect.objectContaining({ chatId: 'wrOld', existing: true, opened: true }))
  })
})

describe('the record\'s group store', () => {
  it('never calls an optional endpoint the host did not name', async () => {
    const { api, use } = world({ existingChatId: 'wrA' })
    const group = use(useRecordGroupStore)
    await group.load()
    expect(await group.join()).toBe(false)
    expect(api.groupInfo).not.toHaveBeenCalled()
    expect(api.addMembers).not.toHaveBeenCalled()
  })

  it('one requestId per press, the same one after an unknown outcome, a new one after a refusal', async () => {
    const { api, use, report } = world({ existingChatId: 'wrA', endpoints: ENDPOINTS })
    const group = use(useRecordGroupStore)
    api.addMembers.mockRejectedValueOnce(new GroupChatFailure('timeout', 'error.timeout', {}, { outcomeUnknown: true }))
    await group.join()
    api.addMembers.mockRejectedValueOnce(new GroupChatFailure('backend', 'wecom.45009', { code: 45009 }))
    await group.join()
    await group.join()
    const ids = api.addMembers.mock.calls.map(([, body]) => body.requestId)
    expect(ids[1]).toBe(ids[0])
    expect(ids[2]).not.toBe(ids[1])
    expect(api.addMembers.mock.calls[0]).toEqual(['wrA', { add: [], self: true, requestId: ids[0] }])
    expect(report.membersAdded).toHaveBeenCalledOnce()
    expect(report.membersAdded).toHaveBeenCalledWith({ chatId: 'wrA', bizId: 'REC-1', added: [], self: true })
  })

  it('added is what the backend added: the members after the change less those before', async () => {
    const { api, use, report } = world({ existingChatId: 'wrA', endpoints: ENDPOINTS })
    const group = use(useRecordGroupStore)
    await group.load()
    expect(group.info?.members).toEqual(['zhangsan', 'lisi'])
    await group.addPeople(['wangwu', 'lisi'])
    expect(api.addMembers).toHaveBeenCalledWith('wrA', expect.objectContaining({ add: ['wangwu', 'lisi'] }))
    expect(report.membersAdded).toHaveBeenCalledWith({ chatId: 'wrA', bizId: 'REC-1', added: ['wangwu'], self: false })
  })
})
