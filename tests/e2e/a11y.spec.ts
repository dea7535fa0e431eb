/**
 * axe-core, a checker nobody here wrote, over the dialog in every state a user meets (docs/host-guide.md):
 * no serious or critical violation. Each state is also screenshot for people (support/shots.ts).
 */
import type { Locator, Page } from '@playwright/test'
import type { HostPage, HostQuery } from './support/host'
import type { PropsOptions } from './host/host-api'
import AxeBuilder from '@axe-core/playwright'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'
import { shoot } from './support/shots'

const NAME = 'wecom-group-chat-a11y'
const PEOPLE = demoCandidates(6)
const PICKED: PropsOptions = { owner: PEOPLE[0]!.userId, defaultSelected: [PEOPLE[1]!.userId] }

async function openDialog(host: HostPage, props: PropsOptions, query: HostQuery = {}): Promise<Locator> {
  await host.open({ locale: 'en-US', ...query })
  await host.load(NAME, SLOT_A, props)
  await host.page.locator(SLOT_A).getByRole('button').first().click()
  const dialog = host.page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  return dialog
}

/** Serious and critical violations inside the dialog, as `rule: target` lines (empty when clean). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(`${SLOT_A} dialog`).analyze()
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${n.target.join(' ')}`))
}

const create = (dialog: Locator) => dialog.getByRole('button', { name: /^(Create group|创建群聊)$/ })

for (const locale of ['zh-CN', 'en-US'] as const) {
  for (const width of [1280, 360]) {
    test(`open, ${locale}, ${width} px`, async ({ host, page }) => {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 800 })
      const dialog = await openDialog(host, { candidates: 50, ...PICKED }, { locale })
      await expect(dialog.getByRole('checkbox')).toHaveCount(50)
      expect(await violations(page)).toEqual([])
      await shoot(page, `a11y-open-${locale}`)
    })
  }
}

test('loading', async ({ host, page }) => {
  const dialog = await openDialog(host, { candidates: 'loader-never', ...PICKED })
  await expect(dialog.getByRole('status').first()).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('after a loader failure', async ({ host, page }) => {
  const dialog = await openDialog(host, { candidates: 'loader-reject', loaderDelayMs: 50, ...PICKED }, { locale: 'zh-CN' })
  await expect(dialog.getByRole('button', { name: '重试' })).toBeVisible()
  expect(await violations(page)).toEqual([])
  await shoot(page, 'a11y-failed-zh')
})

test('after a backend error', async ({ host, page }) => {
  const dialog = await openDialog(host, { candidates: 6, ...PICKED }, { mockFail: 'create:500' })
  await create(dialog).click()
  await expect(dialog.getByRole('alert')).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('after success, 360 px, zh-CN', async ({ host, page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  const dialog = await openDialog(host, { candidates: 6, ...PICKED }, { locale: 'zh-CN' })
  await create(dialog).click()
  await expect(dialog.getByRole('status')).toHaveText('群聊生成成功，请自行打开～')
  expect(await violations(page)).toEqual([])
})

test('10,000 people, searching, and over the limit', async ({ host, page }) => {
  const dialog = await openDialog(host, { candidates: 10_000, ...PICKED })
  expect(await violations(page)).toEqual([])
  await dialog.getByRole('searchbox').fill('部')
  await dialog.getByRole('button', { name: /select the first/i }).click()
  await expect(dialog.getByRole('status')).toContainText('The limit of 2000 people is reached')
  expect(await violations(page)).toEqual([])
})
