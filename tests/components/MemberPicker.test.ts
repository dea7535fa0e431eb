import { within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { useMockBackend } from '../helpers/backend'
import { mountApp, PEOPLE } from '../helpers/mount'

useMockBackend()

afterEach(() => {
  document.body.innerHTML = ''
})

const many = (n: number) => Array.from({ length: n }, (_, i) => ({ userId: `u${i}`, name: `Person ${i}`, department: i % 2 ? 'Odd' : 'Even' }))

async function openDialog(props: Parameters<typeof mountApp>[0] = {}) {
  const app = await mountApp(props)
  const user = userEvent.setup()
  await user.click(within(app.container).getByRole('button', { name: /group chat/i }))
  const dialog = await within(app.container).findByRole('dialog')
  const ui = within(dialog)
  return { ...app, user, dialog, ui, list: () => within(ui.getByRole('group', { name: 'People' })) }
}

describe('the member picker', () => {
  it('renders a list of 500 whole, and virtualises 501 with each row placed in the whole', async () => {
    const whole = await openDialog({ candidates: many(500) })
    expect(whole.list().getAllByRole('checkbox')).toHaveLength(500)
    expect(whole.list().getAllByRole('listitem')[0]?.hasAttribute('aria-setsize')).toBe(false)
    document.body.innerHTML = ''

    const { list } = await openDialog({ candidates: many(501) })
    expect(list().getAllByRole('checkbox').length).toBeLessThan(40)
    const items = list().getAllByRole('listitem')
    expect(items[0]?.getAttribute('aria-setsize')).toBe('501')
    expect(items.map(i => i.getAttribute('aria-posinset')).slice(0, 2)).toEqual(['1', '2'])
  })

  it('is one Tab stop: one row tabbable, ArrowDown from the search box enters it, past the owner', async () => {
    const { ui, list, user } = await openDialog({ owner: 'zhangsan' })
    const tabbable = () => list().getAllByRole('checkbox').filter(c => c.tabIndex === 0)
    expect(tabbable().map(c => c.closest('label')?.textContent)).toEqual([expect.stringContaining('李四')])
    ui.getByRole('searchbox').focus()
    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toBe(list().getByRole('checkbox', { name: /李四/ }))
    await user.keyboard('{End}')
    expect(document.activeElement).toBe(list().getByRole('checkbox', { name: /赵六/ }))
    expect(tabbable()).toEqual([document.activeElement])
    await user.keyboard('{Home}')
    expect(document.activeElement).toBe(list().getByRole('checkbox', { name: /李四/ }))
    await user.keyboard('{ArrowUp}')
    expect(document.activeElement).toBe(list().getByRole('checkbox', { name: /李四/ }))
    await user.keyboard('{PageDown}')
    expect(document.activeElement).toBe(list().getByRole('checkbox', { name: /赵六/ }))
    await user.keyboard('{PageUp}')
    expect(document.activeElement).toBe(list().getByRole('checkbox', { name: /李四/ }))
  })

  it('offers Deselect matching once every match is selected, and Clear selection beyond the defaults', async () => {
    const { ui, user } = await openDialog({ owner: 'zhangsan', defaultSelected: ['wangwu'] })
    expect(ui.queryByRole('button', { name: 'Clear selection' })).toBeNull()
    await user.type(ui.getByRole('searchbox'), '销售')
    // 张三 is the owner, so one match is left to select.
    await user.click(ui.getByRole('button', { name: 'Select all matching (1)' }))
    expect(ui.queryByRole('button', { name: /select all matching/i })).toBeNull()
    await user.click(ui.getByRole('button', { name: 'Deselect matching (1)' }))
    expect(ui.getByText('2 selected')).toBeTruthy()
    await user.click(ui.getByRole('checkbox', { name: /李四/ }))
    await user.click(ui.getByRole('button', { name: 'Clear selection' }))
    expect(ui.getByText('1 selected')).toBeTruthy()
    expect(document.activeElement).toBe(ui.getByRole('searchbox'))
  })

  it('a removed chip hands focus to the next chip, the last one to the search box', async () => {
    const { ui, user } = await openDialog({ owner: 'zhangsan', defaultSelected: ['lisi', 'wangwu'] })
    ui.getByRole('button', { name: 'Remove 李四' }).focus()
    await user.keyboard('{Enter}')
    expect(document.activeElement).toBe(ui.getByRole('button', { name: 'Remove 王五' }))
    await user.keyboard('{Enter}')
    expect(document.activeElement).toBe(ui.getByRole('searchbox'))
  })

  it('a failed loader says so inside the list with Retry; ids show muted while no name is known', async () => {
    const { ui } = await openDialog({ candidates: () => Promise.reject(new Error('down')), owner: 'zhangsan', defaultSelected: ['lisi'] })
    const alert = await within(ui.getByRole('group', { name: 'People' })).findByRole('alert')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeTruthy()
    expect(ui.getByText('zhangsan').classList.contains('wgc-id')).toBe(true)
  })

  it('the reason is a hint until the selection changes or Create is pressed', async () => {
    const { ui, user, dialog } = await openDialog({ candidates: PEOPLE })
    const reason = () => ui.getByText('Pick at least 2 people (the owner counts)')
    expect(reason().classList.contains('wgc-reason-error')).toBe(false)
    await user.click(ui.getByRole('checkbox', { name: /李四/ }))
    await user.click(ui.getByRole('checkbox', { name: /李四/ }))
    expect(reason().classList.contains('wgc-reason-error')).toBe(true)
    // A submit that gets through (a host's script, a button that is only aria-disabled) counts too.
    await user.click(ui.getByRole('button', { name: 'Cancel' }))
    const again = await openDialog({ candidates: PEOPLE, name: 'again' })
    dialog.remove()
    again.dialog.querySelector('form')?.requestSubmit()
    await Promise.resolve()
    expect(again.ui.getByText('Pick at least 2 people (the owner counts)').classList.contains('wgc-reason-error')).toBe(true)
  })
})
