/**
 * The member picker with real lists (issue 9): everyone reachable by keyboard, by screen reader
 * and by pinyin, and no dead ends. en-US names unless a test says otherwise.
 */
import type { Locator, Page } from '@playwright/test'
import type { HostPage } from './support/host'
import type { PropsOptions } from './host/host-api'
import type { Candidate } from '../../src/contract'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'
import { shoot } from './support/shots'

const NAME = 'wecom-group-chat-picker'

async function openDialog(host: HostPage, props: PropsOptions, locale = 'en-US'): Promise<Locator> {
  await host.open({ locale })
  await host.load(NAME, SLOT_A, props)
  await host.page.locator(SLOT_A).getByRole('button').first().click()
  const dialog = host.page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  return dialog
}

const list = (dialog: Locator) => dialog.getByRole('group', { name: /people|可选成员/i })
const search = (dialog: Locator) => dialog.getByRole('searchbox')
const groupName = (dialog: Locator) => dialog.getByRole('textbox', { name: /group name/i })
const create = (dialog: Locator) => dialog.getByRole('button', { name: 'Create group', exact: true })

/** Checkboxes in Chromium's own accessibility tree (not Playwright's idea of it). */
async function axCheckboxes(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { role?: { value?: string }, name?: { value?: string }, ignored?: boolean }[] }
  await cdp.detach()
  return nodes.filter(n => !n.ignored && n.role?.value === 'checkbox').map(n => String(n.name?.value ?? ''))
}

/** Tab presses from the search box until the group name has focus (at most `limit`). */
async function tabsToGroupName(page: Page, dialog: Locator, limit = 10): Promise<number> {
  await search(dialog).focus()
  for (let tabs = 1; tabs <= limit; tabs++) {
    await page.keyboard.press('Tab')
    if (await groupName(dialog).evaluate(el => el === document.activeElement))
      return tabs
  }
  return Number.POSITIVE_INFINITY
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.closest('label')?.querySelector('.wgc-row-name')?.textContent ?? document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName)

test.describe('whole lists and the keyboard', () => {
  test('50 people: all 50 are checkboxes in the accessibility tree, and the list is one Tab stop', async ({ host, page }) => {
    const people = demoCandidates(50)
    const dialog = await openDialog(host, { candidates: 50, owner: people[0]!.userId })
    expect((await axCheckboxes(page)).length).toBe(50)
    expect((await axCheckboxes(page)).some(name => name.startsWith(people[49]!.name))).toBe(true)
    expect(await tabsToGroupName(page, dialog)).toBeLessThanOrEqual(2)

    // ArrowDown from the search box enters the list (the owner's row, disabled, is skipped).
    await search(dialog).focus()
    await page.keyboard.press('ArrowDown')
    expect(await focusedName(page)).toBe(people[1]!.name)
    await page.keyboard.press('ArrowDown')
    expect(await focusedName(page)).toBe(people[2]!.name)
    await page.keyboard.press('Space')
    await expect(list(dialog).getByRole('checkbox', { name: people[2]!.name })).toBeChecked()
    await page.keyboard.press('End')
    expect(await focusedName(page)).toBe(people[49]!.name)
    await page.keyboard.press('Home')
    expect(await focusedName(page)).toBe(people[1]!.name)
    await page.keyboard.press('PageDown')
    const afterPage = await focusedName(page)
    expect(people.findIndex(p => p.name === afterPage)).toBeGreaterThan(3)
    await page.keyboard.press('PageUp')
    expect(await focusedName(page)).toBe(people[1]!.name)
    // Tab leaves the list for the group name; Shift+Tab comes back to the same row.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Tab')
    await expect(groupName(dialog)).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    expect(await focusedName(page)).toBe(people[2]!.name)
    await shoot(page, 'picker-50-keyboard')
  })

  test('10,000 people: virtual, positioned for assistive technology, End reaches the last, ≤ 2 Tabs', async ({ host, page }) => {
    const people = demoCandidates(10_000)
    const dialog = await openDialog(host, { candidates: 10_000 })
    const rendered = await list(dialog).getByRole('checkbox').count()
    expect(rendered).toBeLessThan(60)
    await expect(list(dialog).getByRole('listitem').first()).toHaveAttribute('aria-setsize', '10000')
    expect(await tabsToGroupName(page, dialog)).toBeLessThanOrEqual(2)

    await search(dialog).focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('End')
    expect(await focusedName(page)).toBe(people[9_999]!.name)
    const item = page.locator(':focus').locator('xpath=ancestor::li')
    await expect(item).toHaveAttribute('aria-posinset', '10000')
    await page.keyboard.press('Space')
    await expect(page.locator(':focus')).toBeChecked()
    // Scrolling the focused row out of view keeps it (and focus) in the DOM.
    await list(dialog).evaluate((el) => { el.scrollTop = 0 })
    await page.waitForTimeout(50)
    expect(await focusedName(page)).toBe(people[9_999]!.name)
    await page.keyboard.press('Home')
    expect(await focusedName(page)).toBe(people[0]!.name)
    await expect(page.locator(':focus').locator('xpath=ancestor::li')).toHaveAttribute('aria-posinset', '1')
    await shoot(page, 'picker-10000')
  })

  test('removing chips by keyboard moves focus to the next chip, then to the search box', async ({ host, page }) => {
    const people = demoCandidates(6)
    const dialog = await openDialog(host, { candidates: 6, owner: people[0]!.userId, defaultSelected: [people[1]!.userId, people[2]!.userId] })
    await dialog.getByRole('button', { name: `Remove ${people[1]!.name}` }).focus()
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('button', { name: `Remove ${people[2]!.name}` })).toBeFocused()
    await page.keyboard.press('Space')
    await expect(search(dialog)).toBeFocused()
    await expect(dialog.getByText('1 selected')).toBeVisible()
  })
})

test.describe('no dead ends', () => {
  test('select all matching 2,100 stops at the limit and says how many it left out; an invalid choice sends nothing', async ({ host, page }) => {
    const people: Candidate[] = demoCandidates(2_102).map((p, i) => i < 2 ? p : { ...p, keywords: ['Project-2100'] })
    const dialog = await openDialog(host, { candidates: people, owner: people[0]!.userId, defaultSelected: [people[1]!.userId] })
    await expect(create(dialog)).toBeEnabled()
    await search(dialog).fill('project-2100')
    // Two are in already (the owner and a default): 1,998 may still be picked.
    await dialog.getByRole('button', { name: 'Select the first 1998' }).click()
    await expect(dialog.getByRole('status')).toHaveText('The limit of 2000 people is reached: 102 matching people were left out.')
    await expect(dialog.getByText('2000 selected')).toBeVisible()
    await expect(create(dialog)).toBeEnabled()
    await expect(dialog.getByRole('button', { name: 'Limit reached' })).toBeDisabled()
    await expect(dialog.getByRole('button', { name: 'Clear selection' })).toBeVisible()
    await shoot(page, 'picker-over-limit')
    // An invalid choice (a name past 50) is never sent: not by Enter, not by a script's submit.
    await groupName(dialog).fill('x'.repeat(51))
    await groupName(dialog).press('Enter')
    await dialog.locator('form').evaluate(form => (form as HTMLFormElement).requestSubmit())
    await page.waitForTimeout(300)
    expect((await host.requests()).filter(r => r.call === 'create')).toEqual([])
    await groupName(dialog).fill('')

    // Clear selection: the owner stays, Create explains why it is disabled, focus stays in the dialog.
    await dialog.getByRole('button', { name: 'Clear selection' }).click()
    await expect(dialog.getByText('1 selected')).toBeVisible()
    await expect(search(dialog)).toBeFocused()
    await expect(dialog.getByText('Pick at least 2 people (the owner counts)')).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Clear selection' })).toHaveCount(0)
  })

  test('the reason is neutral until the user changes the selection, then an error', async ({ host }) => {
    const people = demoCandidates(6)
    const dialog = await openDialog(host, { candidates: 6, owner: people[0]!.userId })
    const reason = dialog.getByText('Pick at least 2 people (the owner counts)')
    const colour = () => reason.evaluate(el => getComputedStyle(el).color)
    expect(await colour()).toBe('rgb(100, 106, 115)')
    await list(dialog).getByRole('checkbox', { name: people[1]!.name }).check()
    await list(dialog).getByRole('checkbox', { name: people[1]!.name }).uncheck()
    expect(await colour()).toBe('rgb(200, 38, 28)')
  })
})

test.describe('loader states', () => {
  test('a slow loader: progress inside the list, Create disabled, ids muted until names are known', async ({ host, page }) => {
    const people = demoCandidates(6)
    const dialog = await openDialog(host, { candidates: 'loader', loaderDelayMs: 2_500, owner: people[0]!.userId, defaultSelected: [people[1]!.userId] })
    await expect(list(dialog).getByRole('status')).toHaveText('Loading people…')
    await expect(create(dialog)).toBeDisabled()
    await expect(dialog.locator('.wgc-chip-name.wgc-id')).toHaveText([people[0]!.userId, people[1]!.userId])
    await shoot(page, 'picker-loading')
    await expect(list(dialog).getByRole('checkbox')).toHaveCount(6)
    await expect(dialog.locator('.wgc-chip-name')).toHaveText([people[0]!.name, people[1]!.name])
    await expect(dialog.locator('.wgc-chip').filter({ hasText: 'Owner' })).toContainText(people[0]!.name)
    await expect(create(dialog)).toBeEnabled()
  })

  test('a failing loader: the reason and Retry inside the list, Create disabled, names kept from before', async ({ host, page }) => {
    const people = demoCandidates(6)
    const props: PropsOptions = { candidates: 'loader', loaderDelayMs: 50, owner: people[0]!.userId, defaultSelected: [people[1]!.userId] }
    const dialog = await openDialog(host, props)
    await expect(list(dialog).getByRole('checkbox')).toHaveCount(6)
    await host.update(NAME, { ...props, candidates: 'loader-reject', loaderDelayMs: 100 })
    const alert = list(dialog).getByRole('alert')
    await expect(alert).toContainText('The list of people did not load.')
    await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
    await expect(create(dialog)).toBeDisabled()
    await expect(dialog.locator('.wgc-chip-name')).toHaveText([people[0]!.name, people[1]!.name])
    await expect(dialog.locator('.wgc-chip').filter({ hasText: 'Owner' })).toContainText(people[0]!.name)
    await shoot(page, 'picker-failed')
  })
})

test.describe('pinyin', () => {
  test('zhangsan and zs find 张三; the pinyin chunk is fetched at the first Latin keystroke, not before', async ({ host, page }) => {
    const fetched: string[] = []
    page.on('request', request => fetched.push(request.url()))
    const pinyinChunk = () => fetched.filter(url => /\/assets\/pinyin-[\w-]+\.js$/.test(url))
    const dialog = await openDialog(host, { candidates: 50 }, 'zh-CN')
    await search(dialog).fill('张')
    await expect(list(dialog).getByRole('checkbox', { name: /张三/ })).toBeVisible()
    await search(dialog).fill('12')
    await page.waitForTimeout(300)
    expect(pinyinChunk()).toEqual([])

    await search(dialog).fill('')
    await search(dialog).pressSequentially('zhangsan')
    await expect(list(dialog).getByRole('checkbox')).toHaveCount(1)
    await expect(list(dialog).getByRole('checkbox', { name: /张三/ })).toBeVisible()
    expect(pinyinChunk()).toHaveLength(1)
    await search(dialog).fill('zs')
    await expect(list(dialog).getByRole('checkbox', { name: /张三/ })).toBeVisible()
    await shoot(page, 'picker-pinyin')
    // Polyphonic surnames by the reading a name uses (and department / account matching goes on).
    for (const [query, name] of [['shantianfang', '单田芳'], ['zgh', '曾国华'], ['xiexiaodong', '解晓东']] as const) {
      await search(dialog).fill(query)
      await expect(list(dialog).getByRole('checkbox', { name: new RegExp(name) })).toBeVisible()
    }
    expect(pinyinChunk()).toHaveLength(1)
  })

  test('keywords are searched too', async ({ host }) => {
    const people: Candidate[] = [...demoCandidates(5), { userId: 'e1007', name: 'Lee Chen', keywords: ['EMP-1007', 'Ah Chen'] }]
    const dialog = await openDialog(host, { candidates: people })
    await search(dialog).fill('emp-1007')
    await expect(list(dialog).getByRole('checkbox')).toHaveCount(1)
    await expect(list(dialog).getByRole('checkbox', { name: /Lee Chen/ })).toBeVisible()
  })
})

test.describe('a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('searching and over the limit fit the screen, actions included', async ({ host, page }) => {
    const people: Candidate[] = demoCandidates(2_102).map((p, i) => i < 2 ? p : { ...p, keywords: ['Project-2100'] })
    const dialog = await openDialog(host, { candidates: people, owner: people[0]!.userId, defaultSelected: [people[1]!.userId] }, 'zh-CN')
    const listTop = async () => (await list(dialog).boundingBox())!.y
    const before = await listTop()
    await search(dialog).fill('zs')
    await expect(list(dialog).getByRole('checkbox', { name: /张三/ })).toBeVisible()
    // The match action appears beside the search box: nothing below it moves.
    await expect(dialog.getByRole('button', { name: /^全选搜索结果/ })).toBeInViewport({ ratio: 1 })
    expect(await listTop()).toBe(before)
    await shoot(page, 'picker-pinyin-zh')
    await search(dialog).fill('project-2100')
    await dialog.getByRole('button', { name: '选择前 1998 人' }).click()
    await expect(dialog.getByRole('status')).toHaveText('已达 2000 人上限，另有 102 位匹配的成员未选。')
    for (const name of ['已达人数上限', '清空已选']) {
      const button = dialog.getByRole('button', { name })
      await expect(button).toBeInViewport({ ratio: 1 })
    }
    const overflow = await dialog.evaluate(el => el.scrollWidth - el.clientWidth)
    expect(overflow).toBe(0)
    await shoot(page, 'picker-over-limit-zh')
  })
})
