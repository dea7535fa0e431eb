/**
 * Styles under qiankun's sandboxes (docs/architecture.md, "Styles"): the dialog is a native modal `<dialog>`,
 * so it sits in the top layer above the portal's fixed header (z-index 2000) even from inside a card
 * with `transform` and `overflow: hidden`, and it keeps its own look against the portal's careless
 * element selectors (`button { background: red }`, `input { border: 3px dashed red }`,
 * `h2 { text-transform: uppercase }` in tests/e2e/host/index.html).
 */
import type { HostSandbox } from './host/host-api'
import { expect, SLOT_A, test } from './support/host'

/** Our primary blue (`--wgc-primary: #0f6fde`) and text colour; the portal's red. */
const BLUE = 'rgb(15, 111, 222)'
const TEXT = 'rgb(31, 35, 41)'
const HOST_RED = 'rgb(255, 0, 0)'

// Short enough that the centred dialog (max-height: 100dvh - 16px) reaches under the 56 px header.
test.use({ viewport: { width: 1280, height: 560 } })

for (const sandbox of ['default', 'experimental', 'strict'] as const satisfies readonly HostSandbox[]) {
  test(`sandbox=${sandbox}: the open dialog is above the portal's fixed header and keeps its own styles`, async ({ host, page }, testInfo) => {
    await host.open({ locale: 'en-US', sandbox })
    await host.load(`wecom-group-chat-${sandbox}`, SLOT_A, { defaultSelected: ['wang1', 'zhao2'] })
    await host.trigger(SLOT_A).click()
    const dialog = host.dialog()
    await expect(dialog).toBeVisible()

    // Where the dialog and the header overlap, the dialog is what the user sees and clicks.
    const header = page.getByRole('banner')
    const [d, h] = [await dialog.boundingBox(), await header.boundingBox()]
    const top = Math.max(d!.y, h!.y)
    const bottom = Math.min(d!.y + d!.height, h!.y + h!.height)
    const left = Math.max(d!.x, h!.x)
    const right = Math.min(d!.x + d!.width, h!.x + h!.width)
    expect(bottom - top, 'the dialog should reach under the header in this viewport').toBeGreaterThan(10)
    const point = { x: Math.round((left + right) / 2), y: Math.round((top + bottom) / 2) }
    const hit = await page.evaluate(({ x, y }) => {
      // Under strictStyleIsolation the document sees only the shadow host; ask its shadow root.
      let element = document.elementFromPoint(x, y)
      while (element?.shadowRoot) {
        const inner = element.shadowRoot.elementFromPoint(x, y)
        if (!inner || inner === element)
          break
        element = inner
      }
      return { inDialog: !!element?.closest('dialog'), inHeader: !!element?.closest('header.portal-header'), tag: element?.tagName }
    }, point)
    expect(hit).toMatchObject({ inDialog: true, inHeader: false })

    // Our look, not the portal's.
    const create = dialog.getByRole('button', { name: /create group/i })
    await expect(create).toHaveCSS('background-color', BLUE)
    await expect(create).not.toHaveCSS('background-color', HOST_RED)
    await expect(create).toHaveCSS('border-top-width', '1px')
    await expect(create).toHaveCSS('border-top-left-radius', '6px')
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toHaveCSS('background-color', 'rgb(255, 255, 255)')
    await expect(host.trigger(SLOT_A)).toHaveCSS('background-color', BLUE)
    await expect(dialog).toHaveCSS('border-top-left-radius', '10px')
    await expect(dialog).toHaveCSS('background-color', 'rgb(255, 255, 255)')
    expect(await dialog.evaluate(el => getComputedStyle(el, '::backdrop').backgroundColor)).toBe('rgba(15, 20, 30, 0.45)')
    const search = dialog.getByRole('searchbox', { name: /search/i })
    await expect(search).toHaveCSS('border-top-style', 'solid')
    await expect(search).toHaveCSS('border-top-width', '1px')
    const title = dialog.getByRole('heading', { name: 'Create a group chat' })
    await expect(title).toHaveCSS('color', TEXT)
    await expect(title).toHaveCSS('text-transform', 'none')

    await testInfo.attach(`dialog-sandbox-${sandbox}.png`, { body: await page.screenshot(), contentType: 'image/png' })
    // Clickable there too: the Close button lies where the header is drawn.
    const close = dialog.getByRole('button', { name: 'Close' })
    expect((await close.boundingBox())!.y).toBeLessThan(h!.y + h!.height)
    await close.click()
    await expect(dialog).toBeHidden()
    expect(host.pageErrors).toEqual([])
  })
}
