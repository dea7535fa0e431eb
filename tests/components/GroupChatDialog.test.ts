import { within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useMockBackend } from '../helpers/backend'
import { mountApp, openDialog, PEOPLE } from '../helpers/mount'

const { backend, server } = useMockBackend()

afterEach(() => {
  document.body.innerHTML = ''
})


describe('the group-creation dialog', () => {
  it('opens inside the container, focuses the search, and Escape closes it back to the trigger', async () => {
    const onClose = vi.fn()
    const { dialog, user, trigger, container, ui } = await openDialog({ onClose })
    expect(container.contains(dialog)).toBe(true)
    expect(document.activeElement).toBe(ui.getByRole('searchbox', { name: /search/i }))
    await user.keyboard('{Escape}')
    await vi.waitFor(() => expect(within(container).queryByRole('dialog')).toBeNull())
    expect(onClose).toHaveBeenCalledOnce()
    expect(document.activeElement).toBe(trigger)
    await user.click(trigger)
    await user.click(within(await within(container).findByRole('dialog')).getByRole('button', { name: 'Cancel' }))
    expect(onClose).toHaveBeenCalledTimes(2)
  })

  it('pre-ticks defaultSelected, pins the owner, and shows chips with a count', async () => {
    const { ui, user } = await openDialog({ owner: 'wangwu', defaultSelected: ['zhangsan'] })
    const owner = ui.getByRole('checkbox', { name: /王五/ }) as HTMLInputElement
    expect(owner.checked).toBe(true)
    expect(owner.disabled).toBe(true)
    expect((ui.getByRole('checkbox', { name: /张三/ }) as HTMLInputElement).checked).toBe(true)
    expect(ui.getByText('2 selected')).toBeTruthy()
    expect(ui.queryByRole('button', { name: 'Remove 王五' })).toBeNull()
    // The owner is shown once among the picks (a chip tagged Owner), not again under the name field.
    expect(ui.queryByText(/Owner: /)).toBeNull()
    await user.click(ui.getByRole('button', { name: 'Remove 张三' }))
    expect((ui.getByRole('checkbox', { name: /张三/ }) as HTMLInputElement).checked).toBe(false)
    expect(ui.getByText('1 selected')).toBeTruthy()
  })

  it('searches by name, department or userId and selects all matching', async () => {
    const { ui, user } = await openDialog()
    const search = ui.getByRole('searchbox', { name: /search/i })
    await user.type(search, '销售')
    expect(ui.getAllByRole('checkbox').map(c => c.getAttribute('data-index'))).toHaveLength(2)
    await user.click(ui.getByRole('button', { name: /select all matching \(2\)/i }))
    expect(ui.getByText('2 selected')).toBeTruthy()
    await user.clear(search)
    await user.type(search, 'zhaoliu')
    expect(ui.getAllByRole('checkbox')).toHaveLength(1)
    expect(ui.getByRole('checkbox', { name: /赵六/ })).toBeTruthy()
    await user.clear(search)
    await user.type(search, 'nobody')
    expect(ui.getByText('Nobody matches “nobody”')).toBeTruthy()
  })

  it('moves between people with the arrow keys and ticks with Space', async () => {
    const { ui, user } = await openDialog()
    const first = ui.getByRole('checkbox', { name: /张三/ })
    first.focus()
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(ui.getByRole('checkbox', { name: /李四/ }))
    await user.keyboard(' ')
    expect((ui.getByRole('checkbox', { name: /李四/ }) as HTMLInputElement).checked).toBe(true)
  })

  it('keeps Create disabled with the reason shown while the choice is invalid', async () => {
    const { ui, user, create } = await openDialog({ defaultSelected: ['zhangsan'] })
    expect(create().disabled).toBe(true)
    expect(ui.getByText('Pick at least 2 people (the owner counts)')).toBeTruthy()
    expect(create().getAttribute('aria-describedby')).toBeTruthy()
    await user.click(ui.getByRole('checkbox', { name: /李四/ }))
    expect(create().disabled).toBe(false)
    const name = ui.getByRole('textbox', { name: /group name/i })
    await user.type(name, 'x'.repeat(51))
    expect(create().disabled).toBe(true)
    expect(ui.getByText('The group name can have at most 50 characters; it has 51. Shorten it.')).toBeTruthy()
    expect(ui.getByText('51/50')).toBeTruthy()
  })

  it('select-all stops at the 2000 limit and says how many it left out', async () => {
    const many = Array.from({ length: 2003 }, (_, i) => ({ userId: `u${i}`, name: `Person ${i}`, department: 'Big' }))
    const { ui, user, create } = await openDialog({ candidates: many, defaultSelected: ['u0'] })
    await user.type(ui.getByRole('searchbox', { name: /search/i }), 'big')
    await user.click(ui.getByRole('button', { name: 'Select the first 1999' }))
    expect(create().disabled).toBe(false)
    expect(ui.getByText('2000 selected')).toBeTruthy()
    expect(ui.getByRole('status').textContent).toContain('The limit of 2000 people is reached: 3 matching people were left out.')
    expect((ui.getByRole('button', { name: 'Limit reached' }) as HTMLButtonElement).disabled).toBe(true)
    // Only what is visible is rendered.
    expect(ui.getAllByRole('checkbox').length).toBeLessThan(60)
  })

  it('shows names as text, never as markup', async () => {
    const evil = '<img src=x onerror=alert(1)>'
    const { dialog, ui } = await openDialog({ candidates: [...PEOPLE, { userId: 'evil', name: evil }], defaultGroupName: evil })
    expect(ui.getByRole('checkbox', { name: evil })).toBeTruthy()
    expect(dialog.querySelector('img')).toBeNull()
  })

  it('creates the group on Enter, shows progress then the browser outcome, and tells the host', async () => {
    const onCreated = vi.fn()
    const { ui, user } = await openDialog({ defaultSelected: ['zhangsan', 'lisi'], onCreated, linkUrl: 'https://crm.example.com/r/42' })
    await user.type(ui.getByRole('textbox', { name: /group name/i }), '签约跟进{Enter}')
    expect(await ui.findByText('Group chat created. Open it in WeCom.')).toBeTruthy()
    expect(onCreated).toHaveBeenCalledOnce()
    const [group] = [...backend.groups.values()]
    expect(onCreated.mock.calls[0]?.[0]).toEqual({
      chatId: group?.chatId,
      bizId: 'REC-42',
      peopleList: ['zhangsan', 'lisi'],
      name: '签约跟进',
      opened: false,
      environment: 'browser',
    })
    const create = backend.requests.find(r => r.call === 'create')
    expect(create?.body).toMatchObject({ id: 'REC-42', url: 'https://crm.example.com/r/42', name: '签约跟进' })
    expect((create?.body as { requestId: string }).requestId).toMatch(/^[0-9a-zA-Z]{32}$/)
    // In a browser the SDK is never signed, and WeCom's own picker is not offered.
    expect(backend.requests.filter(r => r.call !== 'create')).toEqual([])
    expect(ui.queryByRole('button', { name: 'Add from WeCom contacts' })).toBeNull()
    // The outcome holds the focus on its primary action; "Create another" brings it back to the search.
    await vi.waitFor(() => expect(document.activeElement).toBe(ui.getByRole('button', { name: 'Done' })))
    await user.click(ui.getByRole('button', { name: 'Create another group chat' }))
    await vi.waitFor(() => expect(document.activeElement).toBe(ui.getByRole('searchbox', { name: /search/i })))
  })

  it('does not call the host\'s openChat in a browser, where no jump can happen', async () => {
    const openChat = vi.fn(async () => {})
    const { ui, user } = await openDialog({ defaultSelected: ['zhangsan', 'lisi'], openChat })
    await user.click(ui.getByRole('button', { name: /create group/i }))
    expect(await ui.findByText('Group chat created. Open it in WeCom.')).toBeTruthy()
    expect(openChat).not.toHaveBeenCalled()
  })

  it('a double click, Enter and a second press while a request runs send one group', async () => {
    // Hold the create at the backend until every press is made; then let it through to the model.
    let release = () => {}
    const gate = new Promise<void>(resolve => (release = resolve))
    server.use(http.post('*/api/wecom/group-chats', () => gate.then(() => undefined)))
    const { ui, user, create } = await openDialog({ defaultSelected: ['zhangsan', 'lisi'] })
    await user.dblClick(create())
    await user.type(ui.getByRole('textbox', { name: /group name/i }), '{Enter}{Enter}')
    expect(ui.getByRole('status').textContent).toMatch('Creating…')
    expect(create().disabled).toBe(true)
    release()
    await ui.findByText('Group chat created. Open it in WeCom.')
    expect(backend.requests.filter(r => r.call === 'create')).toHaveLength(1)
    expect(backend.groups.size).toBe(1)
  })

  it('explains a refusal in words, and the retry after a timeout keeps the requestId', async () => {
    const onError = vi.fn()
    backend.setKnobs({ fail: [{ call: 'create', mode: { kind: 'timeout', after: true }, times: 1 }] })
    const { ui, user, create } = await openDialog({ defaultSelected: ['zhangsan', 'lisi'], onError, timeoutMs: 100 })
    await user.click(create())
    expect((await ui.findByRole('alert')).textContent).toMatch(/took too long/)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'timeout' }))
    // The failure leaves the focus on Create, where a retry is one key away.
    await vi.waitFor(() => expect(document.activeElement).toBe(create()))
    await user.click(create())
    await ui.findByText('Group chat created. Open it in WeCom.')
    const ids = backend.requests.filter(r => r.call === 'create').map(r => (r.body as { requestId: string }).requestId)
    expect(ids).toHaveLength(2)
    expect(ids[0]).toBe(ids[1])
    expect(backend.groups.size).toBe(1)
  })

  it('a definite refusal gets a fresh requestId on the next press', async () => {
    backend.setKnobs({ fail: [{ call: 'create', mode: { kind: 'wecom', code: 86006 }, times: 1 }] })
    const { ui, user } = await openDialog({ defaultSelected: ['zhangsan', 'lisi'], locale: 'zh-CN' })
    await user.click(within(ui.getByRole('group', { name: '可选成员' })).getByRole('checkbox', { name: /王五/ }))
    await user.click(ui.getByRole('button', { name: '创建群聊' }))
    // Our sentence, then the backend's own message word for word (docs/backend-guide.md).
    expect((await ui.findByRole('alert')).textContent?.trim()).toBe('群成员需在 2 到 2000 人之间。请调整所选成员后再试。系统返回：“member count out of range”（错误码 86006）')
    await user.click(ui.getByRole('button', { name: '创建群聊' }))
    await ui.findByText('群聊生成成功，请自行打开～')
    const ids = backend.requests.filter(r => r.call === 'create').map(r => (r.body as { requestId: string }).requestId)
    expect(ids[0]).not.toBe(ids[1])
  })

  it('offers "Create another group" after success', async () => {
    const { ui, user } = await openDialog({ defaultSelected: ['zhangsan', 'lisi'] })
    await user.click(ui.getByRole('button', { name: /create group/i }))
    await user.click(await ui.findByRole('button', { name: 'Create another group chat' }))
    // Back to picking, focus goes to the search box rather than dropping to <body>.
    await vi.waitFor(() => expect(document.activeElement).toBe(ui.getByRole('searchbox', { name: /search/i })))
    await user.click(ui.getByRole('button', { name: /create group/i }))
    await vi.waitFor(() => expect(backend.groups.size).toBe(2))
  })

  it('for a record with a group, says where to find it and still offers to create another', async () => {
    const app = await mountApp({ existingChatId: 'wrExisting', defaultSelected: ['zhangsan', 'lisi'] })
    const user = userEvent.setup()
    await user.click(within(app.container).getByRole('button', { name: 'Open group chat' }))
    const ui = within(await within(app.container).findByRole('dialog'))
    expect(ui.getByRole('status').textContent).toMatch('This record already has a group chat')
    expect(ui.queryByRole('button', { name: 'Open in WeCom' })).toBeNull()
    expect(backend.requests).toEqual([])
    await user.click(ui.getByRole('button', { name: 'Create another group chat' }))
    await user.click(ui.getByRole('button', { name: /create group/i }))
    expect(await ui.findByText('Group chat created. Open it in WeCom.')).toBeTruthy()
  })

  it('adding people to the record\'s group: the view\'s Back and Add are the only actions, and the dialog\'s own come back when it ends', async () => {
    backend.seed({ chatId: 'wrExisting', bizId: 'REC-42', name: 'Deal 42', owner: 'zhangsan', userlist: ['zhangsan', 'lisi'] })
    const endpoints = { groupInfo: '/wecom/group-chats/{chatId}', addMembers: '/wecom/group-chats/{chatId}/members' }
    const app = await mountApp({ existingChatId: 'wrExisting', endpoints })
    const user = userEvent.setup()
    await user.click(within(app.container).getByRole('button', { name: 'Open group chat' }))
    const ui = within(await within(app.container).findByRole('dialog'))
    const dialogsOwn = () => ['Create another group chat', 'Done'].filter(name => ui.queryByRole('button', { name }))
    await user.click(await ui.findByRole('button', { name: 'Add people' }))
    // Still "group chat" in its name, as everywhere (docs/host-guide.md, "Accessible names (for people, and for your tests)").
    expect(within(app.container).getByRole('dialog', { name: 'Add people to the group chat' })).toBeTruthy()
    expect(dialogsOwn()).toEqual([])
    expect(ui.getByRole('status', { hidden: true }).closest('[style*="display: none"]')).not.toBeNull()
    await user.click(ui.getByRole('button', { name: 'Back' }))
    await vi.waitFor(() => expect(dialogsOwn()).toEqual(['Create another group chat', 'Done']))
    expect(ui.getByRole('heading').textContent).toMatch('Open group chat')
    // The host shows a record without a group while people are picked: its picker has its footer.
    await user.click(ui.getByRole('button', { name: 'Add people' }))
    // A language switch meanwhile retitles the dialog in the new language.
    await app.update({ locale: 'zh-CN' })
    await vi.waitFor(() => expect(within(app.container).getByRole('dialog', { name: '向群聊添加成员' })).toBeTruthy())
    await app.update({ bizId: 'REC-43', existingChatId: undefined })
    expect(await ui.findByRole('button', { name: /create group/i })).toBeTruthy()
    expect(ui.getByRole('button', { name: 'Cancel' })).toBeTruthy()
  })

  it('shows loading while a candidates loader runs', async () => {
    let answer: (people: typeof PEOPLE) => void = () => {}
    const { ui } = await openDialog({ candidates: () => new Promise(resolve => (answer = resolve)) })
    expect(ui.getByText('Loading people…')).toBeTruthy()
    answer(PEOPLE)
    expect(await ui.findByRole('checkbox', { name: /张三/ })).toBeTruthy()
  })
})
