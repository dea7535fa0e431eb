/**
 * How the dialog looks inside the other hosts, and the `--wgc-*` theme variables a portal may set.
 *
 *   LOOKS=1 npm run test:e2e -- hosts-looks.spec.ts            # the 8 host screenshots, in test-results/looks/
 *   UPDATE_SCREENSHOTS=1 npm run test:e2e -- hosts-looks.spec.ts  # also writes docs/screenshots/dialog-themed.png
 *
 * The theming test always runs: the portal's CSS overrides the variables on `.wgc-root` and the
 * dialog takes them.
 */
import type { Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'

const PEOPLE = demoCandidates(20)
const out = (name: string) => fileURLToPath(new URL(`../../test-results/looks/${name}`, import.meta.url))

/** What a portal would put in its own stylesheet (README, "Theming"). */
const THEME = `#slot-a .wgc-root {
  --wgc-primary: #7c3aed; --wgc-primary-dark: #5b21b6; --wgc-text: #2e1065; --wgc-muted: #6b5b8a;
  --wgc-border: #d8c7f5; --wgc-bg: #fdfbff; --wgc-soft: #f3ecff; --wgc-danger: #b4231b;
}`

async function openDialog(page: Page, locale: string): Promise<void> {
  const trigger = page.locator(SLOT_A).getByRole('button', { name: locale === 'en-US' ? /group chat/i : '一键拉群' })
  await trigger.click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  for (const p of PEOPLE.slice(1, 4))
    await dialog.getByRole('checkbox', { name: p.name }).check()
  await page.mouse.move(0, 0)
  await page.evaluate(() => document.fonts.ready)
}

test('a portal re-themes the dialog through the --wgc-* variables', async ({ host, page }) => {
  await host.open({ locale: 'en-US' })
  await page.addStyleTag({ content: THEME })
  await host.load('wgc-themed', SLOT_A, { candidates: 20, defaultGroupName: 'Order 42 follow-up' })
  await openDialog(page, 'en-US')
  const create = host.dialog().getByRole('button', { name: 'Create group', exact: true })
  await expect(create).toHaveCSS('background-color', 'rgb(124, 58, 237)')
  await expect(host.dialog()).toHaveCSS('background-color', 'rgb(253, 251, 255)')
  if (process.env.UPDATE_SCREENSHOTS === '1')
    await page.screenshot({ path: fileURLToPath(new URL('../../docs/screenshots/dialog-themed.png', import.meta.url)), animations: 'disabled', caret: 'hide' })
})

for (const { kind, path } of [{ kind: 'wujie', path: '/wujie.html' }, { kind: 'micro-app', path: '/micro-app.html' }]) {
  for (const width of [1280, 360]) {
    for (const locale of ['zh-CN', 'en-US']) {
      test(`looks: ${kind}, ${width} px, ${locale}`, async ({ host, page }) => {
        test.skip(!process.env.LOOKS, 'LOOKS=1 takes the screenshots')
        await page.setViewportSize({ width, height: width === 360 ? 740 : 800 })
        await host.open({ locale }, path)
        await host.load('wgc-looks', SLOT_A, { candidates: 20, defaultGroupName: locale === 'en-US' ? 'Order 42 follow-up' : '订单 42 跟进' })
        await openDialog(page, locale)
        await page.screenshot({ path: out(`${kind}-${width}-${locale}.png`), animations: 'disabled', caret: 'hide' })
      })
    }
  }
}
