/**
 * The moments that matter, in Chromium under the example host: the dialog holds still from
 * picking to the outcome, the outcome takes the focus, and a reload after an unknown outcome can
 * never make a second group. With UPDATE_SCREENSHOTS=1 the zh-CN outcome screenshots are written
 * for the README (docs/screenshots/dialog-created-*.png).
 */
import type { Locator } from '@playwright/test'
import type { HostPage } from './support/host'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'
import { screenshot } from './support/screenshot'

const NAME = 'wecom-group-chat-outcome'
const PEOPLE = demoCandidates(12)
const PICKED = [PEOPLE[1]!.userId, PEOPLE[2]!.userId]
const ZH = { trigger: '一键拉群', dialog: '创建群聊', created: '群聊已创建', create: '创建群聊', done: '完成' }

const createRequestIds = async (host: HostPage) => (await host.requests())
  .filter(r => r.call === 'create')
  .map(r => (r.body as { requestId: string }).requestId)

for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
  test.describe(`${viewport.width} px`, () => {
    test.use({ viewport })

    test('the dialog keeps its box from picking through creating and an error to the outcome, which takes the focus', async ({ host, page }, testInfo) => {
      // Long enough that the creating state is still on screen when it is measured on a busy machine.
      await host.open({ locale: 'zh-CN', mockLatency: 1500, mockFail: 'create:86006x1' })
      await host.load(NAME, SLOT_A, { candidates: PEOPLE, owner: PEOPLE[0]!.userId, defaultSelected: PICKED, defaultGroupName: '订单 SO-2026-0117 交付跟进' })
      await page.locator(SLOT_A).getByRole('button', { name: ZH.trigger }).click()
      const dialog = page.getByRole('dialog', { name: ZH.dialog })
      await expect(dialog).toBeVisible()
      const boxes: Record<string, Awaited<ReturnType<Locator['boundingBox']>>> = { picking: await dialog.boundingBox() }

      const create = dialog.getByRole('button', { name: ZH.create, exact: true })
      await create.click()
      await expect(dialog.getByRole('status')).toHaveText('正在创建群聊…')
      await expect(dialog).toHaveAttribute('aria-busy', 'true')
      boxes.creating = await dialog.boundingBox()
      await expect(dialog.getByRole('status')).toHaveText('正在创建群聊…')

      await expect(dialog.getByRole('alert')).toContainText('群成员需在 2 到 2000 人之间')
      boxes.error = await dialog.boundingBox()
      // After a failure the focus waits on Create, the action that retries.
      await expect(create).toBeFocused()

      await create.click()
      const outcome = page.getByRole('dialog', { name: ZH.created })
      await expect(outcome.getByRole('status')).toHaveText('群聊生成成功，请自行打开～')
      await expect(outcome).toHaveAttribute('aria-busy', 'false')
      boxes.success = await outcome.boundingBox()
      await expect(outcome.getByText('订单 SO-2026-0117 交付跟进')).toBeVisible()
      await expect(outcome.getByText('3 位成员')).toBeVisible()
      await expect(outcome.getByText('在企业微信的“消息”列表中可以找到它。')).toBeVisible()
      await expect(outcome.getByRole('button', { name: ZH.done })).toBeFocused()

      const first = boxes.picking!
      // The outcome is sized to what it says (issue 13); every picker state keeps one box.
      const success = boxes.success!
      delete boxes.success
      expect(success.height).toBeLessThanOrEqual(first.height)
      expect(Math.abs(success.width - first.width)).toBeLessThanOrEqual(2)
      for (const [state, box] of Object.entries(boxes)) {
        for (const side of ['x', 'y', 'width', 'height'] as const)
          expect(Math.abs(box![side] - first[side]), `${state} ${side}`).toBeLessThanOrEqual(2)
      }
      await screenshot(page, testInfo, `dialog-created-${viewport.width}.png`)
      expect(host.pageErrors).toEqual([])
    })
  })
}

test('a create that timed out, a reload, the same people, Create: the same requestId, so one group', async ({ host, page }) => {
  await host.open({ locale: 'en-US', mockFail: 'create:timeout-after' })
  const props = { candidates: PEOPLE, defaultSelected: PICKED, timeoutMs: 1200 }
  await host.load(NAME, SLOT_A, props)
  await host.trigger(SLOT_A).click()
  await host.dialog().getByRole('button', { name: /create group/i }).click()
  await expect(host.dialog().getByRole('alert')).toContainText('The group may already exist: pressing “Create group” again will not make a second one.')
  const [before] = await createRequestIds(host)
  // The backend made the group (WeCom's chatid is the requestId) but its answer never arrived.
  expect((await host.groups()).map(g => g.chatId)).toEqual([before])

  await page.reload()
  await page.waitForFunction(() => window.__host !== undefined)
  await host.setKnobs({ fail: [] })
  await host.load(NAME, SLOT_A, props)
  await host.trigger(SLOT_A).click()
  await host.dialog().getByRole('button', { name: /create group/i }).click()
  await expect(host.dialog().getByRole('status')).toHaveText('Group chat created. Open it in WeCom.')
  expect(await createRequestIds(host)).toEqual([before])
  expect(await host.events({ type: 'onCreated' })).toMatchObject([{ payload: { chatId: before } }])

  // A definite outcome clears it: the next group for the same people is a new request.
  await host.dialog().getByRole('button', { name: 'Create another group chat' }).click()
  await host.dialog().getByRole('button', { name: /create group/i }).click()
  await expect(host.dialog().getByRole('status')).toHaveText('Group chat created. Open it in WeCom.')
  const ids = await createRequestIds(host)
  expect(ids).toHaveLength(2)
  expect(ids[1]).not.toBe(before)
  expect(host.pageErrors).toEqual([])
})
