import { describe, expect, it, vi } from 'vitest'
import { GroupChatFailure } from '@/failures/failure'
import { useFlowStore } from '@/stores/flow'
import { useJssdkStore } from '@/stores/jssdk'
import { CHAT_ID, createStoreWorld } from '../helpers/instance'

const CHOICE = { peopleList: ['zhangsan', 'lisi'], name: 'Deal 42', owner: 'zhangsan' }
const WECOM = { environment: 'wecom', version: '4.1.30', canOpenChat: true } as const
const timeout = () => new GroupChatFailure('timeout', 'error.timeout', {}, { outcomeUnknown: true })
const refusal = () => new GroupChatFailure('backend', 'wecom.86006', { code: 86006 })

/** The flow store on its own: a fake backend, reporter and JS-SDK store. */
function world(props: Record<string, unknown> = {}, env: typeof WECOM | undefined = undefined) {
  const w = createStoreWorld(props, env ? { env } : {})
  const jssdk = w.use(useJssdkStore)
  const openChat = vi.fn(async (chatId: string) => void chatId)
  jssdk.openChat = openChat
  const flow = w.use(useFlowStore)
  const requestIds = () => w.api.createGroup.mock.calls.map(([body]) => body.requestId)
  return { ...w, flow, openChat, requestIds }
}

describe('the flow store', () => {
  it('picking → creating → created in a browser: no jump, the host told once', async () => {
    const { flow, api, report, openChat } = world()
    expect(flow.state).toEqual({ kind: 'picking' })
    const done = flow.create(CHOICE)
    expect(flow.state.kind).toBe('creating')
    expect(flow.busy).toBe(true)
    await done
    expect(flow.state).toMatchObject({ kind: 'created', jump: 'none', group: { chatId: CHAT_ID, bizId: 'REC-1', name: 'Deal 42', opened: false, environment: 'browser' } })
    expect(flow.busy).toBe(false)
    expect(api.createGroup).toHaveBeenCalledWith(expect.objectContaining({ id: 'REC-1', peopleList: CHOICE.peopleList, owner: 'zhangsan', url: 'https://crm.example.com/r/1#tab' }))
    expect(report.created).toHaveBeenCalledOnce()
    expect(openChat).not.toHaveBeenCalled()
  })

  it('ignores a second press while a request runs', async () => {
    const { flow, api } = world()
    await Promise.all([flow.create(CHOICE), flow.create(CHOICE)])
    expect(api.createGroup).toHaveBeenCalledOnce()
  })

  it('after an unknown outcome the same choice retries the same requestId; after a refusal a new one', async () => {
    const { flow, api, report, requestIds } = world()
    api.createGroup.mockRejectedValueOnce(timeout())
    await flow.create(CHOICE)
    expect(flow.state).toMatchObject({ kind: 'failed', failure: { code: 'timeout' } })
    expect(report.error).toHaveBeenCalledOnce()
    api.createGroup.mockRejectedValueOnce(refusal())
    await flow.create({ ...CHOICE, peopleList: ['lisi', 'zhangsan'] })
    await flow.create(CHOICE)
    const [first, second, third] = requestIds()
    expect(second).toBe(first)
    expect(third).not.toBe(second)
    expect(first).toMatch(/^[0-9a-zA-Z]{32}$/)
  })

  it('a changed choice after an unknown outcome is a new request', async () => {
    const { flow, api, requestIds } = world()
    api.createGroup.mockRejectedValueOnce(timeout())
    await flow.create(CHOICE)
    await flow.create({ ...CHOICE, name: 'Another name' })
    const [first, second] = requestIds()
    expect(second).not.toBe(first)
  })

  it('inside WeCom: jumps, and a failed jump keeps the group, reports it once and can be retried alone', async () => {
    const { flow, api, report, openChat } = world({}, WECOM)
    const failure = new GroupChatFailure('open-chat', 'error.openChat', { reason: 'x' }, { chatId: CHAT_ID })
    openChat.mockRejectedValueOnce(failure)
    await flow.create(CHOICE)
    expect(flow.state).toMatchObject({ kind: 'created', jump: 'failed', failure })
    expect(report.created).toHaveBeenCalledOnce()
    expect(report.created).toHaveBeenCalledWith(expect.objectContaining({ chatId: CHAT_ID, opened: false, environment: 'wecom' }))
    expect(report.error).toHaveBeenCalledWith(failure)
    await flow.jump()
    expect(flow.state).toMatchObject({ kind: 'created', jump: 'opened', group: { opened: true } })
    expect(openChat).toHaveBeenCalledTimes(2)
    expect(api.createGroup).toHaveBeenCalledOnce()
  })

  it('an old WeCom client: created, no jump, unsupported-client with the chatId', async () => {
    const { flow, report, openChat } = world({}, { ...WECOM, version: '3.0.40', canOpenChat: false } as never)
    await flow.create(CHOICE)
    expect(flow.state).toMatchObject({ kind: 'created', jump: 'none' })
    expect(openChat).not.toHaveBeenCalled()
    expect(report.error).toHaveBeenCalledWith(expect.objectContaining({ code: 'unsupported-client', chatId: CHAT_ID }))
  })

  it('unmounted mid-create: the outcome still reaches the host, and no jump is tried', async () => {
    const { flow, api, report, openChat, unmount } = world({}, WECOM)
    let answer!: (chatId: string) => void
    api.createGroup.mockReturnValueOnce(new Promise(resolve => (answer = chatId => resolve({ chatId, existing: false }))))
    const done = flow.create(CHOICE)
    unmount()
    answer(CHAT_ID)
    await done
    expect(report.created).toHaveBeenCalledWith(expect.objectContaining({ chatId: CHAT_ID, opened: false }))
    expect(openChat).not.toHaveBeenCalled()
  })

  it('unmounted mid-jump: the group is handed over at once, unopened', async () => {
    const { flow, report, openChat, unmount } = world({}, WECOM)
    openChat.mockReturnValueOnce(new Promise(() => {}))
    void flow.create(CHOICE)
    await vi.waitFor(() => expect(openChat).toHaveBeenCalled())
    expect(report.created).not.toHaveBeenCalled()
    unmount()
    expect(report.created).toHaveBeenCalledWith(expect.objectContaining({ chatId: CHAT_ID, opened: false }))
  })

  it('a record with a group starts on it, follows the host\'s updates, and jumps without creating', async () => {
    const { flow, api, openChat, update } = world({ existingChatId: 'wrOld' }, WECOM)
    expect(flow.state).toEqual({ kind: 'existing', chatId: 'wrOld', jump: 'none' })
    expect(await flow.openExisting()).toBe(true)
    expect(openChat).toHaveBeenCalledWith('wrOld')
    expect(api.createGroup).not.toHaveBeenCalled()
    update({ existingChatId: 'wrNew' })
    await vi.waitFor(() => expect(flow.state).toMatchObject({ kind: 'existing', chatId: 'wrNew' }))
    flow.pickAgain()
    expect(flow.state).toEqual({ kind: 'picking' })
    update({})
    update({ existingChatId: 'wrOther' })
    await vi.waitFor(() => expect(flow.state).toMatchObject({ kind: 'existing', chatId: 'wrOther' }))
  })

  it('close() returns to the start unless something is under way', async () => {
    const { flow, api } = world()
    let answer!: (chatId: string) => void
    api.createGroup.mockReturnValueOnce(new Promise(resolve => (answer = chatId => resolve({ chatId, existing: false }))))
    const done = flow.create(CHOICE)
    flow.close()
    expect(flow.state.kind).toBe('creating')
    answer(CHAT_ID)
    await done
    flow.close()
    expect(flow.state).toEqual({ kind: 'picking' })
  })
})
