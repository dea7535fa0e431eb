/**
 * Looks right everywhere (issue 9): Chinese renders as glyphs, not missing-glyph boxes (CI installs
 * a Debian CJK font; the stack names Linux desktops' CJK fonts), and the search box's focus ring is
 * not clipped by the dialog body's scrolling.
 */
import type { Locator } from '@playwright/test'
import { expect, SLOT_A, test } from './support/host'
import { shoot } from './support/shots'

async function openDialog(host: import('./support/host').HostPage): Promise<Locator> {
  await host.open({ locale: 'zh-CN' })
  await host.load('wecom-group-chat-fonts', SLOT_A, { candidates: 50, owner: 'wang1' })
  await host.page.locator(SLOT_A).getByRole('button', { name: '一键拉群' }).click()
  const dialog = host.page.getByRole('dialog', { name: '创建群聊' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('Chinese text in the dialog renders real glyphs, each character its own', async ({ host }) => {
  const dialog = await openDialog(host)
  const title = dialog.getByRole('heading', { name: '创建群聊' })
  // Draws each character in the title's own font and compares pixels: a missing glyph draws the
  // same box for every character (and the same as a private-use code point, which no font has).
  const drawn = await title.evaluate((el) => {
    const font = getComputedStyle(el).font
    const draw = (char: string) => {
      const canvas = document.createElement('canvas')
      canvas.width = 40
      canvas.height = 40
      const ctx = canvas.getContext('2d')!
      ctx.font = font
      ctx.textBaseline = 'top'
      ctx.fillText(char, 4, 4)
      return canvas.toDataURL()
    }
    return { notdef: draw('\uE000'), chars: ['创', '建', '群', '聊', '张', '三'].map(draw) }
  })
  expect(new Set(drawn.chars).size).toBe(drawn.chars.length)
  for (const char of drawn.chars)
    expect(char).not.toBe(drawn.notdef)
})

for (const width of [1280, 360]) {
  test(`the search box's focus ring is fully visible at ${width} px`, async ({ host, page }) => {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 })
    const dialog = await openDialog(host)
    const search = dialog.getByRole('searchbox')
    await search.focus()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Tab')
    await expect(search).toBeFocused()
    const { ring, clip } = await search.evaluate((el) => {
      const style = getComputedStyle(el)
      const reach = Number.parseFloat(style.outlineWidth) + Number.parseFloat(style.outlineOffset)
      const box = el.getBoundingClientRect()
      const body = el.closest('.wgc-body')!.getBoundingClientRect()
      return {
        ring: { left: box.left - reach, right: box.right + reach, top: box.top - reach, style: style.outlineStyle },
        clip: { left: body.left, right: body.right, top: body.top },
      }
    })
    expect(ring.style).toBe('solid')
    expect(ring.left).toBeGreaterThanOrEqual(clip.left)
    expect(ring.right).toBeLessThanOrEqual(clip.right)
    expect(ring.top).toBeGreaterThanOrEqual(clip.top)
    await shoot(page, 'fonts-focus-ring')
  })
}
