import type { SimulatorOptions, WeComSimulator } from '../../mock/simulator'
import type { GroupChatAppProps } from '@/contract'
import { within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { installWeComSimulator } from '../../mock/simulator'
import { useMockBackend } from '../helpers/backend'
import { PEOPLE } from '../helpers/mount'

const { backend } = useMockBackend()
const START = location.href
let sim: WeComSimulator | undefined
let unmount: (() => Promise<void>) | undefined

afterEach(async () => {
  await unmount?.()
  sim?.uninstall()
  sim = undefined
  document.body.innerHTML = ''
  history.replaceState(null, '', START)
  vi.useRealTimers()
})

/**
 * The WeCom path end to end in jsdom: the simulator installs a WeCom user agent and bridge, then a
 * fresh copy of the module and of the real @wecom/jssdk is loaded (the SDK decides "inside WeCom" at import).
 */
async function mountInWeCom(simulator: Partial<SimulatorOptions> = {}, props: Partial<GroupChatAppProps> = {}, sdkTimeoutMs = 1500) {
  vi.resetModules()
  sim = installWeComSimulator({ chats: backend, ...simulator })
  const { createLifecycles } = await import('@/runtime/lifecycles')
  const lifecycles = createLifecycles('wecom-group-chat', { retryDelays: [1, 1], sdkTimeoutMs })
  const container = document.createElement('div')
  document.body.append(container)
  const onCreated = vi.fn()
  const onError = vi.fn()
  const full = { name: 'wecom', container, bizId: 'REC-7', candidates: PEOPLE, locale: 'en-US' as const, onCreated, onError, ...props }
  await lifecycles.mount(full)
  unmount = () => lifecycles.unmount(full)
  const user = userEvent.setup({ advanceTimers: ms => vi.isFakeTimers() ? vi.advanceTimersByTimeAsync(ms) : new Promise(r => setTimeout(r, ms)) })
  return { container, user, onCreated, onError }
}

/** Mounted in the simulated client with two people picked, dialog open. */
async function inWeCom(simulator: Partial<SimulatorOptions> = {}, props: Partial<GroupChatAppProps> = {}, sdkTimeoutMs = 1500) {
  const mounted = await mountInWeCom(simulator, { defaultSelected: ['zhangsan', 'lisi'], ...props }, sdkTimeoutMs)
  const { container, user } = mounted
  await user.click(within(container).getByRole('button', { name: /group chat/i }))
  const dialog = await within(container).findByRole('dialog')
  const ui = within(dialog)
  return { ...mounted, dialog, ui, simulator: sim, create: () => user.click(ui.getByRole('button', { name: /create group/i })) }
}

const agentRequests = () => backend.requests.filter(r => r.call === 'agent')
const bridgeNames = () => sim?.calls.map(c => `${c.name}:${String(c.result.err_msg).split(':')[1]}`)

describe('inside the WeCom client (real @wecom/jssdk, simulated client)', () => {
  it('signs while the user picks, then jumps into the created chat (history-routed page)', async () => {
    history.replaceState(null, '', '/records/7?tab=chat')
    const { ui, create, onCreated, onError } = await inWeCom()
    // Prewarm: signing started when the dialog opened, before Create.
    await vi.waitFor(() => expect(bridgeNames()).toEqual(['agentConfig:ok']), { timeout: 5000 })
    await create()
    expect(await ui.findByText('Group chat created and opened')).toBeTruthy()
    const [group] = [...backend.groups.values()]
    expect(sim?.opened).toEqual([group?.chatId])
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ chatId: group?.chatId, opened: true, environment: 'wecom' }))
    expect(onError).not.toHaveBeenCalled()
    // The signature fetched for corpid/agentid is the one the SDK used: one request, for the URL without hash.
    expect(agentRequests().map(r => r.query.url)).toEqual([`${location.origin}/records/7?tab=chat`])
    expect(backend.requests.filter(r => r.call === 'config')).toEqual([])
    expect(sim?.calls.find(c => c.name === 'agentConfig')?.params).toMatchObject({ jsApiList: expect.arrayContaining(['openExistedChatWithMsg']) })
  })

  it('signs the URL without its hash on a hash-routed page', async () => {
    history.replaceState(null, '', '/portal/?x=1#/records/7/chat')
    const { ui, create } = await inWeCom()
    await create()
    expect(await ui.findByText('Group chat created and opened')).toBeTruthy()
    expect(agentRequests()[0]?.query.url).toBe(`${location.origin}/portal/?x=1`)
    expect(sim?.calls.find(c => c.name === 'agentConfig')?.url).toContain('#/records/7/chat')
  })

  it('re-signs after a pushState route change, as the SDK does', async () => {
    history.replaceState(null, '', '/records/7')
    const { ui, create } = await inWeCom()
    await vi.waitFor(() => expect(bridgeNames()).toEqual(['agentConfig:ok']), { timeout: 5000 })
    history.pushState(null, '', '/records/8?from=list')
    await create()
    expect(await ui.findByText('Group chat created and opened')).toBeTruthy()
    expect(agentRequests().map(r => new URL(r.query.url ?? '').pathname)).toEqual(['/records/7', '/records/8'])
    expect(bridgeNames()).toEqual(['agentConfig:ok', 'agentConfig:ok', 'openExistedChatWithMsg:ok'])
  })

  it('re-signs once, fresh, after an invalid signature', async () => {
    backend.setKnobs({ fail: [{ call: 'agent', mode: { kind: 'badticket' }, times: 1 }] })
    const { ui, create, onError } = await inWeCom()
    // The re-sign happens within the one prewarm, before Create (a later sign() would hide its absence).
    await vi.waitFor(() => expect(bridgeNames()).toEqual(['agentConfig:fail_invalid signature', 'agentConfig:ok']), { timeout: 5000 })
    await create()
    expect(await ui.findByText('Group chat created and opened')).toBeTruthy()
    expect(bridgeNames()).toEqual(['agentConfig:fail_invalid signature', 'agentConfig:ok', 'openExistedChatWithMsg:ok'])
    expect(agentRequests()).toHaveLength(2)
    expect(onError).not.toHaveBeenCalled()
  })

  it('a throwing onCreated does not swallow the jump\'s failure', async () => {
    backend.setKnobs({ fail: [{ call: 'agent', mode: { kind: 'badticket' } }] })
    const onCreated = vi.fn(() => { throw new Error('host bug') })
    const { ui, create, onError } = await inWeCom({}, { onCreated })
    await create()
    expect(await ui.findByText('The group chat was created, but it could not be opened automatically.')).toBeTruthy()
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'sdk-config' })))
    expect(onCreated).toHaveBeenCalledOnce()
  })

  it('never loses the group when signing keeps failing: reported, explained, and the jump can be retried', async () => {
    backend.setKnobs({ fail: [{ call: 'agent', mode: { kind: 'badticket' } }] })
    const { ui, user, create, onCreated, onError } = await inWeCom()
    await create()
    expect(await ui.findByText('The group chat was created, but it could not be opened automatically.')).toBeTruthy()
    const [group] = [...backend.groups.values()]
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ chatId: group?.chatId, opened: false }))
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'sdk-config', chatId: group?.chatId }))
    expect(ui.getByRole('alert').textContent).toMatch(/WeCom could not verify this page.*Error code 40093/)
    expect(ui.getByRole('alert').textContent).not.toMatch(/signature|agentConfig/i)
    expect(sim?.opened).toEqual([])

    const creates = backend.requests.filter(r => r.call === 'create').length
    backend.setKnobs({ fail: [] })
    await user.click(ui.getByRole('button', { name: 'Open group chat' }))
    expect(await ui.findByText('Group chat created and opened')).toBeTruthy()
    expect(sim?.opened).toEqual([group?.chatId])
    // Only the jump was retried: no second create, and the host heard of the group once.
    expect(backend.requests.filter(r => r.call === 'create')).toHaveLength(creates)
    expect(onCreated).toHaveBeenCalledOnce()
  })

  it('settles when the client never answers: a timeout around every SDK call', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { ui, create, onCreated, onError } = await inWeCom({ bridge: 'never' }, {}, 8000)
    await create()
    await vi.waitFor(() => expect(backend.groups.size).toBe(1))
    await vi.advanceTimersByTimeAsync(8000)
    expect(await ui.findByText('The group chat was created, but it could not be opened automatically.')).toBeTruthy()
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ opened: false }))
    const error = onError.mock.calls[0]?.[0]
    expect(error).toMatchObject({ code: 'sdk-config', chatId: [...backend.groups.keys()][0], message: expect.stringMatching(/^WeCom did not respond\. Check that WeCom is signed in and up to date, then try again\. The group chat exists/) })
    // A client that never answers is not a signature failure.
    expect(error.message).not.toMatch(/signature|signing/i)
  })

  it('treats WeCom older than 3.1.8 as a browser, with an update hint and no signing', async () => {
    const { ui, create, onCreated, onError } = await inWeCom({ version: '3.0.40' })
    await create()
    expect(await ui.findByText(/Update WeCom to 3\.1\.8/)).toBeTruthy()
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ opened: false, environment: 'wecom' }))
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unsupported-client' }))
    expect(agentRequests()).toEqual([])
    expect(sim?.calls).toEqual([])
  })

  it('uses the host\'s openChat instead of its own SDK', async () => {
    const openChat = vi.fn(async () => {})
    const { ui, create, onCreated } = await inWeCom({}, { openChat })
    await create()
    expect(await ui.findByText('Group chat created and opened')).toBeTruthy()
    const [group] = [...backend.groups.values()]
    expect(openChat).toHaveBeenCalledWith(group?.chatId)
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ opened: true }))
    expect(agentRequests()).toEqual([])
    expect(sim?.calls).toEqual([])
  })

  it('hands a created group to the host when unmounted mid-jump, then stays silent', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { create, onCreated, onError } = await inWeCom({ bridge: 'never' }, {}, 8000)
    await create()
    await vi.waitFor(() => expect(backend.groups.size).toBe(1))
    await unmount?.()
    unmount = undefined
    expect(onCreated).toHaveBeenCalledOnce()
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ opened: false, chatId: [...backend.groups.keys()][0] }))
    // No timer of ours outlives the instance (jsdom's own 0 ms focus timer flushed first), and nothing is reported after unmount.
    await vi.advanceTimersByTimeAsync(0)
    expect(vi.getTimerCount()).toBe(0)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(onError).not.toHaveBeenCalled()
  })
})

describe('a record that already has a group (existingChatId)', () => {
  it('jumps straight into it in WeCom: no dialog, no create', async () => {
    backend.groups.set('wrExisting', { chatId: 'wrExisting', bizId: 'REC-7', name: 'x', owner: 'zhangsan', userlist: ['zhangsan', 'lisi'], url: 'u', requestId: 'wrExisting', createdAt: 0 })
    const { container, user, onError } = await mountInWeCom({}, { existingChatId: 'wrExisting' })
    await user.click(within(container).getByRole('button', { name: 'Open group chat' }))
    await vi.waitFor(() => expect(sim?.opened).toEqual(['wrExisting']))
    expect(within(container).queryByRole('dialog')).toBeNull()
    expect(backend.requests.filter(r => r.call === 'create')).toEqual([])
    expect(onError).not.toHaveBeenCalled()
  })

  it('the trigger is disabled during the existing-group jump', async () => {
    let release!: () => void
    const openChat = vi.fn(() => new Promise<void>(resolve => (release = resolve)))
    const { container, user } = await mountInWeCom({}, { existingChatId: 'wrExisting', openChat })
    const trigger = within(container).getByRole('button', { name: 'Open group chat' })
    await user.click(trigger)
    await vi.waitFor(() => expect(openChat).toHaveBeenCalledOnce())
    expect((trigger as HTMLButtonElement).disabled).toBe(true)
    await user.click(trigger)
    expect(openChat).toHaveBeenCalledOnce()
    release()
    await vi.waitFor(() => expect((trigger as HTMLButtonElement).disabled).toBe(false))
  })

  it('explains a failed jump and still lets the user create another group', async () => {
    const { container, user, onError } = await mountInWeCom({}, { existingChatId: 'wrGone', defaultSelected: ['zhangsan', 'lisi'] })
    await user.click(within(container).getByRole('button', { name: 'Open group chat' }))
    const ui = within(await within(container).findByRole('dialog'))
    expect((await ui.findByRole('alert')).textContent).toMatch(/^Could not open this group chat: you may not be in it, or it was dissolved\. /)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'open-chat', chatId: 'wrGone' }))
    await user.click(ui.getByRole('button', { name: 'Create another group chat' }))
    await user.click(ui.getByRole('button', { name: /create group/i }))
    expect(await ui.findByText('Group chat created and opened')).toBeTruthy()
  })
})

describe('WeCom\'s own contact picker', () => {
  it('adds the people chosen in WeCom to the selection, deduplicated', async () => {
    const contacts = [{ userId: 'lisi', name: '李四' }, { userId: 'outsider', name: '外部同事' }]
    const { ui, user, create } = await inWeCom({ contacts }, { defaultSelected: ['zhangsan', 'lisi'] })
    await user.click(ui.getByRole('button', { name: 'Add from WeCom contacts' }))
    expect(await ui.findByText('3 selected')).toBeTruthy()
    expect(ui.getByText('外部同事')).toBeTruthy()
    await create()
    await ui.findByText('Group chat created and opened')
    expect([...backend.groups.values()][0]?.userlist).toEqual(['zhangsan', 'lisi', 'outsider'])
    expect(sim?.calls.find(c => c.name === 'agentConfig')?.params).toMatchObject({ jsApiList: expect.arrayContaining(['selectEnterpriseContact']) })
  })

  it('says so when WeCom\'s picker cannot open, and the list stays usable', async () => {
    const { ui, user, create, onError } = await inWeCom({ invalidSignature: true })
    await user.click(ui.getByRole('button', { name: 'Add from WeCom contacts' }))
    expect((await ui.findByRole('alert')).textContent).toMatch(/Your WeCom contacts could not be opened.*Reason: WeCom could not verify this page.*40093/)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'sdk-config', message: expect.not.stringMatching(/group chat exists/) }))
    expect(ui.getByText('2 selected')).toBeTruthy()
    await create()
    expect(await ui.findByText('The group chat was created, but it could not be opened automatically.')).toBeTruthy()
  })

  it('is not offered when the host owns the SDK', async () => {
    const { ui } = await inWeCom({}, { openChat: async () => {} })
    expect(ui.queryByRole('button', { name: 'Add from WeCom contacts' })).toBeNull()
  })

  it('is not offered in a browser', async () => {
    vi.resetModules()
    const { createLifecycles } = await import('@/runtime/lifecycles')
    const lifecycles = createLifecycles('wecom-group-chat', { env: { environment: 'browser', canOpenChat: false } })
    const container = document.createElement('div')
    document.body.append(container)
    const props = { name: 'b', container, bizId: 'R', candidates: PEOPLE, locale: 'en-US' as const }
    await lifecycles.mount(props)
    unmount = () => lifecycles.unmount(props)
    await userEvent.click(within(container).getByRole('button', { name: /group chat/i }))
    const ui = within(await within(container).findByRole('dialog'))
    expect(ui.getByRole('checkbox', { name: /张三/ })).toBeTruthy()
    expect(ui.queryByRole('button', { name: 'Add from WeCom contacts' })).toBeNull()
  })
})

describe('personal WeChat', () => {
  it('creates the group and explains that it opens in WeCom', async () => {
    vi.resetModules()
    const { createLifecycles } = await import('@/runtime/lifecycles')
    const lifecycles = createLifecycles('wecom-group-chat', { env: (await import('@/wecom/environment')).detectEnvironment({ userAgent: 'Mozilla/5.0 (iPhone) MicroMessenger/8.0.47' }) })
    const container = document.createElement('div')
    document.body.append(container)
    const onCreated = vi.fn()
    const props = { name: 'w', container, bizId: 'R', candidates: PEOPLE, locale: 'en-US' as const, defaultSelected: ['zhangsan', 'lisi'], onCreated }
    await lifecycles.mount(props)
    const user = userEvent.setup()
    await user.click(within(container).getByRole('button', { name: /group chat/i }))
    const ui = within(await within(container).findByRole('dialog'))
    await user.click(ui.getByRole('button', { name: /create group/i }))
    expect(await ui.findByText(/Personal WeChat cannot open WeCom chats/)).toBeTruthy()
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ environment: 'wechat', opened: false }))
    expect(backend.requests.map(r => r.call)).toEqual(['create'])
    await lifecycles.unmount(props)
  })
})

describe('in a browser', () => {
  it('never imports the SDK chunk and never asks for a signature', async () => {
    vi.resetModules()
    let imported = false
    vi.doMock('@/wecom/jssdk-chunk', () => {
      imported = true
      return {}
    })
    const { createLifecycles } = await import('@/runtime/lifecycles')
    const lifecycles = createLifecycles('wecom-group-chat', {})
    const container = document.createElement('div')
    document.body.append(container)
    const props = { name: 'b', container, bizId: 'R', candidates: PEOPLE, locale: 'en-US' as const, defaultSelected: ['zhangsan', 'lisi'] }
    await lifecycles.mount(props)
    const user = userEvent.setup()
    await user.click(within(container).getByRole('button', { name: /group chat/i }))
    const ui = within(await within(container).findByRole('dialog'))
    await user.click(ui.getByRole('button', { name: /create group/i }))
    expect(await ui.findByText('Group chat created. Open it in WeCom.')).toBeTruthy()
    expect(imported).toBe(false)
    expect(backend.requests.map(r => r.call)).toEqual(['create'])
    await lifecycles.unmount(props)
    vi.doUnmock('@/wecom/jssdk-chunk')
  })
})
