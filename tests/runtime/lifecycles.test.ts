import { within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createLifecycles } from '@/runtime/lifecycles'
import { useMockBackend } from '../helpers/backend'
import { BROWSER, mountApp, PEOPLE } from '../helpers/mount'

const { backend } = useMockBackend()

afterEach(() => {
  document.body.innerHTML = ''
})

describe('qiankun lifecycles', () => {
  it('mounts inside the container it is given', async () => {
    const { container } = await mountApp()
    expect(within(container).getByRole('button', { name: /group chat/i })).toBeTruthy()
  })

  it('applies update(props) reactively', async () => {
    const app = await mountApp()
    await app.update({ locale: 'zh-CN' })
    await vi.waitFor(() => within(app.container).getByRole('button', { name: '一键拉群' }))
    await app.update({ locale: 'en-US', candidates: [{ userId: 'a1', name: 'Ada' }, { userId: 'b2', name: 'Bob' }] })
    await userEvent.click(within(app.container).getByRole('button', { name: /group chat/i }))
    const dialog = await within(app.container).findByRole('dialog', { name: /group chat/i })
    expect(within(dialog).getByRole('checkbox', { name: 'Ada' })).toBeTruthy()
    expect(within(dialog).queryByRole('checkbox', { name: /张三/ })).toBeNull()
  })

  it('drops picks that new candidates no longer offer', async () => {
    const app = await mountApp({ defaultSelected: ['zhangsan', 'lisi'] })
    const user = userEvent.setup()
    await user.click(within(app.container).getByRole('button', { name: /group chat/i }))
    const ui = within(await within(app.container).findByRole('dialog'))
    expect(ui.getByText('2 selected')).toBeTruthy()
    await app.update({ defaultSelected: ['zhangsan', 'lisi'], candidates: PEOPLE.filter(p => p.userId !== 'lisi') })
    await vi.waitFor(() => expect(ui.getByText('1 selected')).toBeTruthy())
    expect(ui.queryByRole('button', { name: 'Remove lisi' })).toBeNull()
  })

  it('unmount during a create: the request is not aborted and its group still reaches the host', async () => {
    const abort = vi.spyOn(XMLHttpRequest.prototype, 'abort')
    backend.setKnobs({ latencyMs: 300 })
    const onCreated = vi.fn()
    const onError = vi.fn()
    const app = await mountApp({ defaultSelected: ['zhangsan', 'lisi'], onCreated, onError })
    await userEvent.click(within(app.container).getByRole('button', { name: /group chat/i }))
    const dialog = await within(app.container).findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: /create group/i }))
    await within(dialog).findByText('Creating…')
    await app.lifecycles.unmount(app.props)
    expect(app.container.innerHTML).toBe('')
    expect(onCreated).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledOnce())
    const [group] = [...backend.groups.values()]
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ chatId: group?.chatId, opened: false }))
    expect(abort).not.toHaveBeenCalled()
    expect(onError).not.toHaveBeenCalled()
  })

  it('unmount during a create that fails: the failure still reaches the host', async () => {
    backend.setKnobs({ latencyMs: 200, fail: [{ call: 'create', mode: { kind: 'wecom', code: 86007 } }] })
    const onError = vi.fn()
    const app = await mountApp({ defaultSelected: ['zhangsan', 'lisi'], onError })
    await userEvent.click(within(app.container).getByRole('button', { name: /group chat/i }))
    const dialog = await within(app.container).findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: /create group/i }))
    await app.lifecycles.unmount(app.props)
    await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce())
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'backend' })
  })

  it('keeps two instances independent, mounted concurrently', async () => {
    const lifecycles = createLifecycles('wecom-group-chat', { env: BROWSER })
    const [a, b] = [document.createElement('div'), document.createElement('div')]
    document.body.append(a, b)
    const base = { bizId: 'R', candidates: PEOPLE }
    await Promise.all([
      lifecycles.mount({ ...base, name: 'wgc-1', container: a, locale: 'en-US' }),
      lifecycles.mount({ ...base, name: 'wgc-2', container: b, locale: 'zh-CN' }),
    ])
    expect(within(a).getByRole('button', { name: /group chat/i })).toBeTruthy()
    expect(within(b).getByRole('button', { name: '一键拉群' })).toBeTruthy()

    await lifecycles.update({ ...base, name: 'wgc-2', locale: 'en-US' })
    await vi.waitFor(() => within(b).getByRole('button', { name: /group chat/i }))

    await lifecycles.unmount({ name: 'wgc-1', container: a })
    expect(a.innerHTML).toBe('')
    await userEvent.click(within(b).getByRole('button', { name: /group chat/i }))
    expect(await within(b).findByRole('dialog', { name: /group chat/i })).toBeTruthy()
    await lifecycles.unmount({ name: 'wgc-2', container: b })
  })

  it('fetches English messages only for an English page', async () => {
    vi.resetModules()
    let fetched = false
    vi.doMock('@/i18n/en-US', async (original) => {
      fetched = true
      return original()
    })
    const { createLifecycles: fresh } = await import('@/runtime/lifecycles')
    const lifecycles = fresh('wecom-group-chat', { env: BROWSER })
    const container = document.createElement('div')
    document.body.append(container)
    await lifecycles.mount({ name: 'zh', container, bizId: 'R', candidates: PEOPLE })
    expect(within(container).getByRole('button', { name: '一键拉群' })).toBeTruthy()
    expect(fetched).toBe(false)
    await lifecycles.update({ name: 'zh', bizId: 'R', candidates: PEOPLE, locale: 'en-US' })
    expect(within(container).getByRole('button', { name: 'Create group chat' })).toBeTruthy()
    expect(fetched).toBe(true)
    await lifecycles.unmount({ name: 'zh', container })
    vi.doUnmock('@/i18n/en-US')
  })

  it('turns bad props into one message inside the container, never an exception', async () => {
    const onError = vi.fn()
    const app = await mountApp({ bizId: undefined, onError })
    const alert = within(app.container).getByRole('alert')
    expect(alert.textContent).toMatch(/bizId/)
    expect(within(app.container).queryByRole('button')).toBeNull()
    expect(onError).toHaveBeenCalledOnce()
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'invalid-props' })
    await app.update({ bizId: undefined, onError })
    expect(onError).toHaveBeenCalledOnce()
    await app.update({ bizId: 'R2', onError })
    await vi.waitFor(() => within(app.container).getByRole('button', { name: /group chat/i }))
  })

  it('reports a rejecting candidates loader as network, with a message and a retry', async () => {
    const onError = vi.fn()
    let fail = true
    const candidates = vi.fn(async () => {
      if (fail)
        throw new Error('boom')
      return PEOPLE
    })
    const app = await mountApp({ candidates, onError })
    await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce())
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'network' })
    expect(within(app.container).getByRole('alert').textContent).toMatch(/load/i)
    fail = false
    await userEvent.click(within(app.container).getByRole('button', { name: /group chat/i }))
    const dialog = await within(app.container).findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retry' }))
    expect(await within(dialog).findByRole('checkbox', { name: /张三/ })).toBeTruthy()
  })

  it('shows a translated message for a loader that answers garbage', async () => {
    const onError = vi.fn()
    const app = await mountApp({ locale: 'zh-CN', candidates: async () => ({ nope: true }) as never, onError })
    await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce())
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'invalid-props' })
    expect(within(app.container).getByRole('alert').textContent).toMatch(/成员列表格式不正确/)
  })

  it('a throwing onError while bad props are reported does not reject mount', async () => {
    const onError = vi.fn(() => { throw new Error('host bug') })
    const app = await mountApp({ bizId: undefined, onError })
    expect(onError).toHaveBeenCalledOnce()
    expect(within(app.container).getByRole('alert').textContent).toMatch(/bizId/)
    await app.update({ bizId: 'R2', onError })
    await vi.waitFor(() => within(app.container).getByRole('button', { name: /group chat/i }))
  })

  it('a throwing onCreated does not break the flow', async () => {
    const app = await mountApp({
      defaultSelected: ['zhangsan', 'lisi'],
      onCreated: () => { throw new Error('host bug') },
    })
    await userEvent.click(within(app.container).getByRole('button', { name: /group chat/i }))
    const dialog = await within(app.container).findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: /create group/i }))
    expect(await within(dialog).findByText('Group chat created. Open it in WeCom.')).toBeTruthy()
    expect(backend.groups.size).toBe(1)
  })

  it('a second mount under the same name replaces the first instance', async () => {
    const lifecycles = createLifecycles('wecom-group-chat', { env: BROWSER })
    const [a, b] = [document.createElement('div'), document.createElement('div')]
    document.body.append(a, b)
    await lifecycles.mount({ name: 'same', container: a, bizId: 'R1', candidates: PEOPLE, locale: 'en-US' })
    await lifecycles.mount({ name: 'same', container: b, bizId: 'R2', candidates: PEOPLE, locale: 'en-US' })
    expect(a.innerHTML).toBe('')
    expect(within(b).getByRole('button', { name: /group chat/i })).toBeTruthy()
    await lifecycles.unmount({ name: 'same', container: b })
    expect(b.innerHTML).toBe('')
  })

  it('a slower, older candidates loader never overwrites a newer one', async () => {
    let answerOld!: (people: typeof PEOPLE) => void
    const oldLoader = () => new Promise<typeof PEOPLE>(resolve => (answerOld = resolve))
    const app = await mountApp({ candidates: oldLoader })
    await app.update({ candidates: async () => [{ userId: 'ada', name: 'Ada' }, { userId: 'bob', name: 'Bob' }] })
    await userEvent.click(within(app.container).getByRole('button', { name: /group chat/i }))
    const ui = within(await within(app.container).findByRole('dialog'))
    expect(await ui.findByRole('checkbox', { name: 'Ada' })).toBeTruthy()
    // The first loader answers last: its people must not replace the newer list.
    answerOld(PEOPLE)
    await new Promise(r => setTimeout(r, 20))
    expect(ui.queryByRole('checkbox', { name: /张三/ })).toBeNull()
    expect(ui.getByRole('checkbox', { name: 'Ada' })).toBeTruthy()
  })

  it('host-controlled open: the user can dismiss it, and the host can open it again', async () => {
    const onClose = vi.fn()
    const app = await mountApp({ open: true, onClose })
    expect(within(app.container).queryByRole('button', { name: /group chat/i })).toBeNull()
    const dialog = await within(app.container).findByRole('dialog')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(onClose).toHaveBeenCalledOnce()
    // Dismissed although the host has not yet set open to false.
    await vi.waitFor(() => expect(within(app.container).queryByRole('dialog')).toBeNull())
    await app.update({ open: false, onClose })
    await app.update({ open: true, onClose })
    expect(await within(app.container).findByRole('dialog')).toBeTruthy()
  })

  it('a throwing locale getter is a bad prop, not a rejected mount', async () => {
    const lifecycles = createLifecycles('wecom-group-chat', { env: BROWSER })
    const container = document.createElement('div')
    document.body.append(container)
    const props = { name: 'getter', container, bizId: 'R', candidates: PEOPLE }
    Object.defineProperty(props, 'locale', { enumerable: true, get: () => { throw new Error('getter') } })
    await expect(lifecycles.mount(props)).resolves.toBeUndefined()
    expect(within(container).getByRole('button', { name: '一键拉群' })).toBeTruthy()
    await lifecycles.unmount(props)
  })

  it('runs one lifecycle at a time per instance: an unmount or update during a pending mount applies after it', async () => {
    vi.resetModules()
    const { createLifecycles: fresh } = await import('@/runtime/lifecycles')
    const lifecycles = fresh('wecom-group-chat', { env: BROWSER })
    const container = document.createElement('div')
    document.body.append(container)
    const props = { name: 'racing', container, bizId: 'R', candidates: PEOPLE, locale: 'en-US' as const }
    // en-US is a chunk still to fetch: the mount is pending when the host changes its mind.
    const mounting = lifecycles.mount(props)
    const updating = lifecycles.update({ ...props, existingChatId: 'wrX' })
    const unmounting = lifecycles.unmount(props)
    await Promise.all([mounting, updating, unmounting])
    expect(container.innerHTML).toBe('')

    await lifecycles.mount(props)
    await lifecycles.update({ ...props, existingChatId: 'wrX' })
    expect(within(container).getByRole('button', { name: 'Open group chat' })).toBeTruthy()
    await lifecycles.unmount(props)
  })

  it('an update with the same people leaves the picker as it is', async () => {
    const many = Array.from({ length: 600 }, (_, i) => ({ userId: `u${i}`, name: `Person ${i}` }))
    const app = await mountApp({ candidates: many })
    const user = userEvent.setup()
    await user.click(within(app.container).getByRole('button', { name: /group chat/i }))
    const ui = within(await within(app.container).findByRole('dialog'))
    await user.keyboard('{ArrowDown}{End}')
    await vi.waitFor(() => expect(document.activeElement).toBe(ui.getByRole('checkbox', { name: 'Person 599' })))
    await app.update({ candidates: many.map(p => ({ ...p })), locale: 'en-US' })
    await new Promise(r => setTimeout(r, 20))
    expect(document.activeElement).toBe(ui.getByRole('checkbox', { name: 'Person 599' }))
  })

  it('a same-name remount into the same container shows the new instance', async () => {
    const lifecycles = createLifecycles('wecom-group-chat', { env: BROWSER })
    const container = document.createElement('div')
    document.body.append(container)
    await lifecycles.mount({ name: 'same', container, bizId: 'R1', candidates: PEOPLE, locale: 'en-US' })
    await lifecycles.mount({ name: 'same', container, bizId: 'R2', candidates: PEOPLE, locale: 'en-US' })
    expect(within(container).getAllByRole('button', { name: /group chat/i })).toHaveLength(1)
    await lifecycles.unmount({ name: 'same', container })
    expect(container.innerHTML).toBe('')
  })

  it('a bad prop brought in by update() is reported once, like one given at mount', async () => {
    const onError = vi.fn()
    const app = await mountApp({ onError })
    expect(onError).not.toHaveBeenCalled()
    await app.update({ onError, locale: 'fr-FR' as never })
    expect(onError).toHaveBeenCalledOnce()
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'invalid-props' })
    await app.update({ onError, locale: 'fr-FR' as never })
    expect(onError).toHaveBeenCalledOnce()
    await app.unmount()
  })

  it('an update for an instance that is not mounted (or already gone) does nothing and does not reject', async () => {
    const lifecycles = createLifecycles('wecom-group-chat', { env: BROWSER })
    await expect(lifecycles.update({ name: 'never-mounted', bizId: 'R', candidates: PEOPLE })).resolves.toBeUndefined()
  })
})
