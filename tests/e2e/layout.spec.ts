/**
 * The dialog at a phone's width and at a desktop's, in zh-CN (the default language, and the one
 * with the widest text per character). These two tests also make the README's screenshots:
 *
 *   UPDATE_SCREENSHOTS=1 npm run test:e2e -- layout.spec.ts
 *
 * writes docs/screenshots/dialog-360.png and dialog-1280.png (the dialog open, a few people
 * picked). Without it they are only attached to the test report.
 */
import type { Locator, Page } from '@playwright/test'
import type { HostPage } from './support/host'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'
import { screenshot } from './support/screenshot'

const PEOPLE = demoCandidates(20)
/** zh-CN accessible names (docs/host-guide.md). */
const ZH = {
  trigger: '一键拉群',
  dialog: '创建群聊',
  create: '创建群聊',
  groupName: '群名称',
  created: '群聊生成成功，请自行打开～',
}

/** A record with an owner, two people ticked by the host and one more by the user. */
async function openWithAFewPicked(host: HostPage): Promise<Locator> {
  await host.open({ locale: 'zh-CN' })
  await host.load('wecom-group-chat-layout', SLOT_A, {
    bizId: 'SO-2026-0117',
    candidates: PEOPLE,
    owner: PEOPLE[0]!.userId,
    defaultSelected: [PEOPLE[1]!.userId, PEOPLE[2]!.userId],
    defaultGroupName: '订单 SO-2026-0117 交付跟进',
  })
  await host.page.locator(SLOT_A).getByRole('button', { name: ZH.trigger }).click()
  await expect(host.page.getByRole('dialog', { name: ZH.dialog })).toBeVisible()
  // Found by role alone from here on: after a create the title says the group exists.
  const dialog = host.page.getByRole('dialog')
  await dialog.getByRole('checkbox', { name: PEOPLE[4]!.name }).check()
  await expect(dialog.getByText('已选 4 人')).toBeVisible()
  return dialog
}

/** The dialog's box lies inside the viewport, and nothing in it sticks out sideways. */
async function expectFitsViewport(page: Page, dialog: Locator): Promise<void> {
  const viewport = page.viewportSize()!
  const box = (await dialog.boundingBox())!
  expect(box.x).toBeGreaterThanOrEqual(0)
  expect(box.y).toBeGreaterThanOrEqual(0)
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)

  const overflow = await dialog.evaluate((el) => {
    const bounds = el.getBoundingClientRect()
    const cut = [...el.querySelectorAll<HTMLElement>('*')]
      .filter((child) => {
        const r = child.getBoundingClientRect()
        return r.width > 0 && (r.left < bounds.left - 0.5 || r.right > bounds.right + 0.5)
      })
      .map(child => `${child.tagName.toLowerCase()}.${child.className}`)
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, cut }
  })
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth)
  expect(overflow.cut).toEqual([])
}

test.describe('a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('the dialog fits the screen, nothing is cut off, and Create is reachable', async ({ host, page }, testInfo) => {
    const dialog = await openWithAFewPicked(host)
    await expectFitsViewport(page, dialog)
    await screenshot(page, testInfo, 'dialog-360.png')

    const create = dialog.getByRole('button', { name: ZH.create })
    await create.scrollIntoViewIfNeeded()
    await expect(create).toBeVisible()
    await expect(create).toBeInViewport({ ratio: 1 })
    await expect(create).toBeEnabled()
    await create.click()
    // The outcome has its own title (the dialog is the same element).
    await expect(dialog.getByRole('status')).toHaveText(ZH.created)
    expect(await host.groups()).toMatchObject([{ userlist: [PEOPLE[0]!.userId, PEOPLE[1]!.userId, PEOPLE[2]!.userId, PEOPLE[4]!.userId] }])
    await expectFitsViewport(page, dialog)
    expect(host.pageErrors).toEqual([])
  })
})

test.describe('a 1280 × 800 desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('the dialog is centred with everything in view', async ({ host, page }, testInfo) => {
    const dialog = await openWithAFewPicked(host)
    await expectFitsViewport(page, dialog)
    const box = (await dialog.boundingBox())!
    // Centred horizontally (the backdrop covers the portal around it).
    expect(Math.abs(box.x + box.width / 2 - 640)).toBeLessThanOrEqual(1)
    await expect(dialog.getByRole('textbox', { name: ZH.groupName })).toHaveValue('订单 SO-2026-0117 交付跟进')
    await expect(dialog.getByRole('button', { name: ZH.create })).toBeInViewport({ ratio: 1 })
    await screenshot(page, testInfo, 'dialog-1280.png')
    expect(host.pageErrors).toEqual([])
  })
})
