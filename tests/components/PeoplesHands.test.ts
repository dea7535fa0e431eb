import { within } from '@testing-library/dom'
import { http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useMockBackend } from '../helpers/backend'
import { openDialog } from '../helpers/mount'

const { backend, server } = useMockBackend()

afterEach(() => {
  document.body.innerHTML = ''
})


const checked = (ui: ReturnType<typeof within>, name: RegExp) => (ui.getByRole('checkbox', { name }) as HTMLInputElement).checked
const creates = () => backend.requests.filter(r => r.call === 'create')

/** Holds every create at the backend until `release()`. */
function holdCreates() {
  let release = () => {}
  const gate = new Promise<void>(resolve => (release = resolve))
  server.use(http.post('*/api/wecom/group-chats', () => gate.then(() => undefined)))
  return () => release()
}

describe('in people\'s hands', () => {
  it('Enter in the search ticks the top match, clears the query, keeps the focus, and never creates a group', async () => {
    const { ui, user, search } = await openDialog({ defaultSelected: ['zhangsan', 'lisi'] })
    await user.type(search(), '王')
    await user.keyboard('{Enter}')
    expect(checked(ui, /王五/)).toBe(true)
    expect(search().value).toBe('')
    expect(document.activeElement).toBe(search())
    // A valid choice is on screen, and still Enter in the search box made no group.
    await user.keyboard('{Enter}')
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(creates()).toHaveLength(0)
  })

  it('Enter ticks nothing with no query (or only spaces), nor when it ends an IME composition', async () => {
    const { ui, user, search } = await openDialog({ defaultSelected: ['lisi', 'wangwu'] })
    await user.keyboard('{Enter}')
    await user.type(search(), '   {Enter}')
    expect(checked(ui, /张三/)).toBe(false)
    await user.clear(search())
    await user.type(search(), 'zhao')
    // What a pinyin IME sends when Enter commits the letters typed: the query stays, nothing is ticked.
    search().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }))
    expect(checked(ui, /赵六/)).toBe(false)
    expect(search().value).toBe('zhao')
    expect(creates()).toHaveLength(0)
  })

  it('Escape in a non-empty search clears it and keeps the dialog; Escape again closes it', async () => {
    const { ui, user, search, container } = await openDialog()
    await user.type(search(), 'zhao')
    await user.keyboard('{Escape}')
    expect(search().value).toBe('')
    expect(within(container).queryByRole('dialog')).not.toBeNull()
    expect(ui.getByRole('checkbox', { name: /张三/ })).toBeTruthy()
    await user.keyboard('{Escape}')
    await vi.waitFor(() => expect(within(container).queryByRole('dialog')).toBeNull())
  })

  it('a closed dialog keeps its draft (picks and name) for the record and reopens as it was left', async () => {
    const { ui, user, reopen } = await openDialog()
    await user.click(ui.getByRole('checkbox', { name: /李四/ }))
    await user.type(ui.getByRole('textbox', { name: /group name/i }), 'Q3 review')
    await user.click(ui.getByRole('button', { name: 'Cancel' }))
    const again = await reopen()
    expect(checked(again, /李四/)).toBe(true)
    expect((again.getByRole('textbox', { name: /group name/i }) as HTMLInputElement).value).toBe('Q3 review')
  })

  it('"Create another" starts clean: the last group\'s picks and name are gone', async () => {
    const { ui, user } = await openDialog({ defaultSelected: ['zhangsan'] })
    await user.click(ui.getByRole('checkbox', { name: /李四/ }))
    await user.type(ui.getByRole('textbox', { name: /group name/i }), 'First')
    await user.click(ui.getByRole('button', { name: /create group/i }))
    await user.click(await ui.findByRole('button', { name: 'Create another group chat' }))
    expect(checked(ui, /李四/)).toBe(false)
    expect(checked(ui, /张三/)).toBe(true)
    expect((ui.getByRole('textbox', { name: /group name/i }) as HTMLInputElement).value).toBe('')
  })

  it('the group name is sent trimmed', async () => {
    const { ui, user } = await openDialog({ defaultSelected: ['zhangsan', 'lisi'] })
    await user.type(ui.getByRole('textbox', { name: /group name/i }), '  Launch  ')
    await user.click(ui.getByRole('button', { name: /create group/i }))
    await vi.waitFor(() => expect(creates()).toHaveLength(1))
    expect((creates()[0]!.body as { name?: string }).name).toBe('Launch')
  })

  it('while creating the choice is locked, nothing is called Cancel, and focus waits on the status', async () => {
    const release = holdCreates()
    const { ui, user, dialog } = await openDialog({ defaultSelected: ['zhangsan', 'lisi'] })
    await user.click(ui.getByRole('button', { name: /create group/i }))
    expect(ui.getByRole('status').textContent).toMatch('Creating…')
    // Disabled through their fieldset: `:disabled`, as the browser and assistive technology see it.
    expect(ui.getByRole('checkbox', { name: /王五/ }).matches(':disabled')).toBe(true)
    expect(ui.getByRole('textbox', { name: /group name/i }).matches(':disabled')).toBe(true)
    expect(ui.getByRole('searchbox', { name: /search/i }).matches(':disabled')).toBe(true)
    expect(ui.queryByRole('button', { name: /cancel/i })).toBeNull()
    await vi.waitFor(() => expect(dialog.querySelector('.wgc-status-line')?.contains(document.activeElement)).toBe(true))
    release()
    await ui.findByText('Group chat created. Open it in WeCom.')
  })

  it('closed mid-create: the trigger area says, visibly and in a live region, that the group exists', async () => {
    const release = holdCreates()
    const { ui, user, container } = await openDialog({ defaultSelected: ['zhangsan', 'lisi'] })
    await user.click(ui.getByRole('button', { name: /create group/i }))
    await user.click(ui.getByRole('button', { name: 'Close' }))
    await vi.waitFor(() => expect(within(container).queryByRole('dialog')).toBeNull())
    expect(within(container).getByRole('status').textContent).toMatch('Creating the group chat…')
    release()
    await vi.waitFor(() => expect(within(container).getByRole('status').textContent).toBe('Group chat created. Open it in WeCom.'))
  })

  it('the root carries the language, so screen readers and fonts follow it', async () => {
    const { container } = await openDialog({ locale: 'zh-CN' })
    expect(container.querySelector('.wgc-root')?.getAttribute('lang')).toBe('zh-CN')
  })

  it('the counter is the name field\'s spoken description, and past 50 the field is invalid', async () => {
    const { ui, user, dialog } = await openDialog()
    const name = ui.getByRole('textbox', { name: /group name/i })
    const description = () => (name.getAttribute('aria-describedby') ?? '').split(' ').map(id => dialog.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ')
    await user.type(name, 'ab')
    expect(description()).toContain('2 of at most 50 characters')
    expect(name.getAttribute('aria-invalid')).toBe('false')
    await user.type(name, 'x'.repeat(49))
    expect(description()).toContain('51 characters: over the limit of 50')
    expect(name.getAttribute('aria-invalid')).toBe('true')
  })

  it('the selected count is a live region, so a pick is heard', async () => {
    const { ui, user } = await openDialog()
    await user.click(ui.getByRole('checkbox', { name: /李四/ }))
    const count = ui.getByText('1 selected')
    expect(count.closest('[aria-live]')?.getAttribute('aria-live')).toBe('polite')
  })

  it('"no match" echoes at most a short, ellipsised part of a pasted wall of text', async () => {
    const { ui, user, search } = await openDialog()
    search().focus()
    await user.paste('q'.repeat(3000))
    const line = await ui.findByText(/Nobody matches/)
    expect(line.textContent).toBe(`Nobody matches “${'q'.repeat(20)}…”`)
  })

  it('a new search starts at the top of the list', async () => {
    const { ui, user, search } = await openDialog()
    const list = ui.getByRole('group', { name: 'People' })
    list.scrollTop = 120
    await user.type(search(), '张')
    expect(list.scrollTop).toBe(0)
  })

  it('has no page-level landmarks inside the dialog', async () => {
    const { dialog } = await openDialog()
    expect(dialog.querySelectorAll('header, footer, [role=banner], [role=contentinfo]')).toHaveLength(0)
  })
})
