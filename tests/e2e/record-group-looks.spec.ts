/**
 * The record's group states as a person meets them, in both languages at 1280 and 360 px: axe-core
 * finds no serious or critical violation, and each is screenshot for people (support/shots.ts,
 * `SHOTS_DIR=… npx playwright test record-group-looks`): existing with info, existing for a
 * non-member, joining, adding people, existing that could not be opened, one group per record.
 */
import type { Locator, Page } from '@playwright/test'
import type { HostPage, HostQuery } from './support/host'
import type { PropsOptions } from './host/host-api'
import AxeBuilder from '@axe-core/playwright'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'
import { shoot } from './support/shots'

const PEOPLE = demoCandidates(8)
const CHAT = 'wrRecordGroupLooks00000000000001'
const ENDPOINTS = { groupInfo: '/wecom/group-chats/{chatId}', addMembers: '/wecom/group-chats/{chatId}/members' }
const WORDS = {
  'zh-CN': { join: '加入群聊', add: '添加成员', create: '创建群聊', joining: '正在加入群聊', failed: '没能打开这个群聊', answered: '同事刚刚建好了这条记录的群聊', back: '返回', open: '进入群聊', adding: '向群聊添加成员', another: '再建一个群聊', done: '完成', exists: '这条记录已有群聊' },
  'en-US': { join: 'Join group chat', add: 'Add people', create: 'Create group', joining: 'Joining the group chat', failed: 'Could not open this group chat', answered: 'A colleague has just created this record’s group chat', back: 'Back', open: 'Open group chat', adding: 'Add people to the group chat', another: 'Create another group chat', done: 'Done', exists: 'This record already has a group chat' },
}
type Locale = keyof typeof WORDS

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(`${SLOT_A} dialog`).analyze()
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${n.target.join(' ')}`))
}

/** The record's group known to the mock, the module mounted, its trigger pressed. */
async function open(host: HostPage, locale: Locale, query: HostQuery, props: PropsOptions): Promise<Locator> {
  await host.open({ locale, ...query })
  await host.seedGroup({ chatId: CHAT, bizId: 'REC-1', name: locale === 'zh-CN' ? '客户签约跟进 · 华东区 2026 年度框架合同' : 'Deal 42 · East region framework contract 2026', owner: PEOPLE[0]!.userId, userlist: PEOPLE.slice(0, 5).map(p => p.userId) })
  await host.load('wgc-looks', SLOT_A, { bizId: 'REC-1', candidates: 8, endpoints: ENDPOINTS, ...props })
  await host.page.locator(SLOT_A).getByRole('button').first().click()
  const dialog = host.page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  return dialog
}

/** Checked and shot at both widths. */
async function look(page: Page, name: string): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 })
    expect(await violations(page), `${name} at ${width} px`).toEqual([])
    await shoot(page, name)
  }
}

for (const locale of ['zh-CN', 'en-US'] as const) {
  const words = WORDS[locale]
  test(`the record's group, ${locale}: every state passes axe and is shot at 1280 and 360 px`, async ({ host, page }) => {
    test.slow()
    let dialog = await open(host, locale, { wecomUser: PEOPLE[0]!.userId }, { existingChatId: CHAT })
    await expect(dialog.getByRole('button', { name: words.add })).toBeVisible()
    await look(page, `record-existing-${locale}`)

    // Picking people to add: one row of actions (the view's Back and Add), under the view's title;
    // the dialog's own footer and "already has a group" line are back with Back.
    const oneRowOfActions = async (adding: boolean) => {
      await expect(dialog.getByRole('heading')).toHaveText(adding ? words.adding : words.open)
      await expect(dialog.getByRole('button', { name: words.back, exact: true })).toHaveCount(adding ? 1 : 0)
      for (const name of [words.another, words.done])
        await expect(dialog.getByRole('button', { name, exact: true })).toHaveCount(adding ? 0 : 1)
      await expect(dialog.getByText(words.exists, { exact: true })).toBeVisible({ visible: !adding })
    }
    await oneRowOfActions(false)
    await dialog.getByRole('button', { name: words.add }).click()
    await oneRowOfActions(true)
    await dialog.getByRole('button', { name: words.back, exact: true }).click()
    await oneRowOfActions(false)
    await dialog.getByRole('button', { name: words.add }).click()
    await dialog.getByRole('checkbox', { name: PEOPLE[6]!.name }).check()
    await look(page, `record-add-people-${locale}`)

    dialog = await open(host, locale, { wecomUser: PEOPLE[7]!.userId }, { existingChatId: CHAT })
    await expect(dialog.getByRole('button', { name: words.join })).toBeVisible()
    await look(page, `record-non-member-${locale}`)
    // The join is held, to be seen.
    await host.setKnobs({ latencyMs: 60_000 })
    await dialog.getByRole('button', { name: words.join }).click()
    await expect(dialog.getByText(words.joining)).toBeVisible()
    await look(page, `record-joining-${locale}`)

    dialog = await open(host, locale, { wecom: 'sim', wecomUser: PEOPLE[7]!.userId }, { existingChatId: CHAT })
    await expect(dialog.getByRole('alert')).toContainText(words.failed)
    await look(page, `record-unopenable-${locale}`)

    dialog = await open(host, locale, { mockOneGroupPerRecord: 1 }, { defaultSelected: [PEOPLE[1]!.userId, PEOPLE[2]!.userId] })
    await dialog.getByRole('button', { name: words.create, exact: true }).click()
    await expect(dialog.getByText(words.answered)).toBeVisible()
    await look(page, `record-one-per-record-${locale}`)
    expect(host.pageErrors).toEqual([])
  })
}
