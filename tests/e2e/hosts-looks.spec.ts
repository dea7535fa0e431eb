/**
 * How the dialog looks inside the other hosts, and the `--wgc-*` theme variables a portal may set.
 *
 *   SHOTS_DIR=<dir> npm run test:e2e -- hosts-looks.spec.ts          # also the 8 host screenshots
 *   UPDATE_SCREENSHOTS=1 npm run test:e2e -- hosts-looks.spec.ts  # also writes docs/screenshots/dialog-themed.png
 *
 * Every test runs: the portal's CSS overrides the variables on `.wgc-root` and the dialog takes them;
 * in wujie and micro-app, at a desktop and a phone width, the dialog is whole on screen, in our own
 * font and colours (not the browser's defaults, not the portal's), nothing runs off to the side,
 * and axe finds nothing serious.
 */
import type { Locator, Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'
import { shoot } from './support/shots'

const PEOPLE = demoCandidates(20)

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

/** What a person sees of the dialog: where it sits, its font and colours, what overflows. */
function looksOf(dialog: Locator) {
  return dialog.evaluate((el) => {
    const box = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    const create = [...el.querySelectorAll('button')].find(b => /^(Create group|创建群聊)$/.test(b.textContent?.trim() ?? ''))
    // Anything of the dialog's drawn past its left or right edge (cut off, or spilling over the page).
    const sideways = [...el.querySelectorAll('*')].filter((e) => {
      const r = e.getBoundingClientRect()
      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1)
    })
    return {
      inside: box.left >= 0 && box.top >= 0 && box.right <= innerWidth + 0.5 && box.bottom <= innerHeight + 0.5,
      width: box.width,
      fontFamily: style.fontFamily,
      fontSize: style.fontSize,
      color: style.color,
      background: style.backgroundColor,
      createBackground: create ? getComputedStyle(create).backgroundColor : 'no Create button',
      scrollsSideways: el.scrollWidth > el.clientWidth + 1,
      sideways: sideways.map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
    }
  })
}

async function seriousA11yProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical')
    .flatMap(v => v.nodes.filter(n => JSON.stringify(n.target).includes('wgc')).map(n => `${v.id}: ${JSON.stringify(n.target)}`))
}

for (const { kind, path } of [{ kind: 'wujie', path: '/wujie.html' }, { kind: 'micro-app', path: '/micro-app.html' }]) {
  for (const width of [1280, 360]) {
    for (const locale of ['zh-CN', 'en-US']) {
      test(`looks: ${kind}, ${width} px, ${locale}: whole on screen, our font and colours, nothing sideways, axe clean`, async ({ host, page }) => {
        await page.setViewportSize({ width, height: width === 360 ? 740 : 800 })
        await host.open({ locale }, path)
        await host.load('wgc-looks', SLOT_A, { candidates: 20, defaultGroupName: locale === 'en-US' ? 'Order 42 follow-up' : '订单 42 跟进' })
        await openDialog(page, locale)
        const dialog = page.getByRole('dialog')
        const looks = await looksOf(dialog)
        expect(looks).toMatchObject({
          inside: true,
          fontSize: '14px',
          color: 'rgb(31, 35, 41)',
          background: 'rgb(255, 255, 255)',
          createBackground: 'rgb(15, 111, 222)',
          scrollsSideways: false,
          sideways: [],
        })
        expect(looks.fontFamily).toContain('PingFang SC')
        // A phone gets nearly the whole width; a desktop a dialog, not a full-width sheet.
        expect(looks.width).toBeGreaterThan(width === 360 ? 320 : 400)
        expect(looks.width).toBeLessThan(width === 360 ? 361 : 900)
        expect(await seriousA11yProblems(page)).toEqual([])
        await shoot(page, `looks-${kind}-${locale}`)
      })
    }
  }
}
