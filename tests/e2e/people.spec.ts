/**
 * In people's hands (issue 13), in Chromium: a paste that cannot freeze the page, Escape / Enter /
 * drafts in the search, a choice locked while a create runs and no Cancel, a group created after
 * the dialog was closed said in the trigger area, and a dialog whose list and search box never move
 * between states. Every state is checked by axe-core and screenshot at 1280 and 360 px in both
 * languages (`SHOTS_DIR=… npx playwright test tests/e2e/people.spec.ts` regenerates them).
 */
import type { Locator, Page } from '@playwright/test'
import type { HostPage } from './support/host'
import AxeBuilder from '@axe-core/playwright'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'
import { shoot } from './support/shots'

const NAME = 'wecom-group-chat-people'

const WORDS = {
  'zh-CN': { trigger: '一键拉群', create: '创建群聊', search: /搜索/, name: '群名称', close: '关闭', creating: '正在创建群聊…', created: '群聊生成成功，请自行打开～', cancel: /取消$|^取消/ },
  'en-US': { trigger: 'Create group chat', create: 'Create group', search: /search/i, name: 'Group name', close: 'Close', creating: 'Creating…', created: 'Group chat created. Open it in WeCom.', cancel: /cancel/i },
} as const

async function seriousViolations(page: Page, scope: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(scope).analyze()
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(n => `${v.id}: ${n.target.join(' ')}`))
}

/** The list's and the search box's boxes, rounded: what must not move between states. */
async function boxes(dialog: Locator): Promise<number[]> {
  const list = await dialog.locator('.wgc-list').boundingBox()
  const search = await dialog.getByRole('searchbox').boundingBox()
  return [list!.x, list!.y, list!.width, list!.height, search!.x, search!.y, search!.width, search!.height].map(Math.round)
}

function expectSameBoxes(now: number[], before: number[], state: string): void {
  for (const [i, value] of now.entries())
    expect(Math.abs(value - before[i]!), `${state}: box value ${i} moved (${before[i]} → ${value})`).toBeLessThanOrEqual(2)
}

async function openDialog(host: HostPage, locale: keyof typeof WORDS, candidates: number, extra: Record<string, unknown> = {}): Promise<Locator> {
  await host.open({ locale })
  await host.load(NAME, SLOT_A, { candidates, owner: 'wang1', ...extra })
  await host.page.locator(SLOT_A).getByRole('button', { name: WORDS[locale].trigger }).click()
  const dialog = host.page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  return dialog
}

for (const locale of ['zh-CN', 'en-US'] as const) {
  const w = WORDS[locale]
  for (const width of [1280, 360]) {
    test(`every state, ${locale}, ${width} px: nothing moves inside, axe is clean, Cancel is gone while creating`, async ({ host, page }) => {
      test.slow()
      await page.setViewportSize({ width, height: width === 360 ? 740 : 800 })
      // 2,001 picked: over the limit from the start (a host's defaults can do that).
      const over = demoCandidates(2001).map(c => c.userId)
      const dialog = await openDialog(host, locale, 2100, { defaultSelected: over })
      const scope = `${SLOT_A} dialog`
      const check = async (state: string, before?: number[]) => {
        await shoot(page, `people-${state}-${locale}`)
        expect(await seriousViolations(page, scope), state).toEqual([])
        const now = await boxes(dialog)
        if (before)
          expectSameBoxes(now, before, state)
        return now
      }
      await expect(dialog.getByRole('button', { name: w.create })).toBeDisabled()
      const base = await check('over-limit')

      // Picking: back under the limit by removing one chip; then from scratch, one row of chips.
      await dialog.locator('.wgc-chip-remove').nth(1).click()
      await expect(dialog.getByRole('button', { name: w.create })).toBeEnabled()
      await check('picking-full', base)
      // The same record without the host's 2,001 defaults: one row of chips, the same boxes.
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
      await host.unmount(NAME)
      await host.load(NAME, SLOT_A, { candidates: 2100, owner: 'wang1' })
      await page.locator(SLOT_A).getByRole('button', { name: w.trigger }).click()
      await dialog.getByRole('checkbox').nth(2).check()
      await expect(dialog.locator('.wgc-chip')).toHaveCount(2)
      await check('picking', base)

      await dialog.getByRole('searchbox').fill('zhang')
      await expect(dialog.getByRole('checkbox').first()).toHaveAccessibleName(/^张/)
      await check('searching', base)
      await page.keyboard.press('Escape')
      await expect(dialog.getByRole('searchbox')).toHaveValue('')

      await dialog.getByRole('textbox', { name: w.name }).fill('名'.repeat(51))
      await expect(dialog.getByRole('textbox', { name: w.name })).toHaveAttribute('aria-invalid', 'true')
      await check('name-too-long', base)
      await dialog.getByRole('textbox', { name: w.name }).fill('Q3 项目组')

      // Creating: held by the backend's latency; locked, and nothing called Cancel.
      await host.setKnobs({ latencyMs: 2500, fail: [{ call: 'create', mode: { kind: 'wecom', code: 86006 }, times: 1 }] })
      await dialog.getByRole('button', { name: w.create }).click()
      await expect(dialog.getByRole('status')).toHaveText(w.creating)
      await expect(dialog.getByRole('checkbox').nth(1)).toBeDisabled()
      await expect(dialog.getByRole('searchbox')).toBeDisabled()
      await expect(dialog.getByRole('textbox', { name: w.name })).toBeDisabled()
      await expect(dialog.getByRole('button', { name: w.cancel })).toHaveCount(0)
      await check('creating', base)

      // A failure: our words, the backend's, the code; the list keeps its size.
      await expect(dialog.getByRole('alert')).toContainText(locale === 'zh-CN' ? '错误码 86006' : 'Error code 86006')
      await check('failed', base)

      // Closed mid-create: the trigger area says so, then that the group exists.
      await dialog.getByRole('button', { name: w.create }).click()
      await expect(dialog.getByRole('status')).toHaveText(w.creating)
      await dialog.getByRole('button', { name: w.close, exact: true }).click()
      await expect(dialog).toBeHidden()
      const area = page.locator(SLOT_A).getByRole('status')
      await expect(area).toContainText(locale === 'zh-CN' ? '正在创建群聊' : 'Creating the group chat')
      await shoot(page, `people-closed-while-creating-${locale}`)
      await expect(area).toHaveText(w.created, { timeout: 10_000 })
      await expect(area).toBeVisible()
      await shoot(page, `people-created-in-container-${locale}`)
      expect(await seriousViolations(page, SLOT_A)).toEqual([])
      expect(await host.groups()).toHaveLength(1)

      // Reopened: the created group, with who is in it.
      await page.locator(SLOT_A).getByRole('button', { name: w.trigger }).click()
      await expect(dialog.getByRole('status')).toHaveText(w.created)
      await expect(dialog.locator('.wgc-outcome-who')).toBeVisible()
      await shoot(page, `people-created-${locale}`)
      expect(await seriousViolations(page, scope)).toEqual([])
    })
  }
}

test('a 3,000-letter paste on 10,000 Chinese names leaves the page answering, echoed short', async ({ host, page }) => {
  const dialog = await openDialog(host, 'zh-CN', 10_000)
  const search = dialog.getByRole('searchbox')
  // Load the pinyin chunk first, so the paste meets the real matcher on every name.
  await search.fill('zhang')
  await expect(dialog.getByRole('checkbox').first()).toHaveAccessibleName(/^张/)
  await search.fill('')
  await search.focus()
  // A paste as the browser delivers it: one insertText of the whole wall.
  await page.keyboard.insertText('xian'.repeat(750))
  // The page answers: an evaluate returns and animation frames still tick.
  const frames = await page.evaluate(() => new Promise<number>((resolve) => {
    let n = 0
    const tick = () => (++n === 3 ? resolve(n) : requestAnimationFrame(tick))
    requestAnimationFrame(tick)
  }))
  expect(frames).toBe(3)
  const line = dialog.getByText(/没有找到与/)
  await expect(line).toBeVisible()
  expect((await line.innerText()).length).toBeLessThan(60)
})

for (const locale of ['zh-CN', 'en-US'] as const) {
  test(`keyboard picking and drafts, ${locale}: Enter ticks and never submits, Escape clears then closes, reopening keeps all`, async ({ host, page }) => {
    const w = WORDS[locale]
    const dialog = await openDialog(host, locale, 50, { defaultSelected: ['zhangsan'] })
    const search = dialog.getByRole('searchbox', { name: w.search })
    await search.fill('单田芳')
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('checkbox', { name: /单田芳/ })).toBeChecked()
    await expect(search).toHaveValue('')
    await expect(search).toBeFocused()
    // A valid choice, and Enter again in the empty search still makes no group.
    await page.keyboard.press('Enter')
    await expect(dialog).toBeVisible()
    expect((await host.requests()).filter(r => r.call === 'create')).toEqual([])
    await dialog.getByRole('textbox', { name: w.name }).fill('季度复盘')
    await search.fill('zeng')
    await page.keyboard.press('Escape')
    await expect(search).toHaveValue('')
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await page.locator(SLOT_A).getByRole('button', { name: w.trigger }).click()
    await expect(dialog.getByRole('checkbox', { name: /单田芳/ })).toBeChecked()
    await expect(dialog.getByRole('textbox', { name: w.name })).toHaveValue('季度复盘')
  })
}

test('fonts per language: English text is drawn without a CJK font, Chinese with one', async ({ host, page }) => {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const fontsOf = async (selector: string) => {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts.map(f => f.familyName)
  }
  const CJK = /CJK|Han|YaHei|PingFang|WenQuanYi|Hiragino|Noto Sans SC|Source Han/i
  for (const locale of ['en-US', 'zh-CN'] as const) {
    await openDialog(host, locale, 6)
    const fonts = await fontsOf(`${SLOT_A} dialog .wgc-label`)
    if (locale === 'en-US')
      expect(fonts.filter(f => CJK.test(f)), fonts.join()).toEqual([])
    else
      expect(fonts.some(f => CJK.test(f)), fonts.join()).toBe(true)
  }
})
