/**
 * docs/host-guide.md, hosts and "one build, any URL": qiankun 2.10 in every sandbox mode, both ways of
 * mounting, and the one relative-base build served from two origins (one under a sub-path) at
 * once. Each: mount, open, create once (one request, one onCreated), unmount with nothing left.
 */
import type { HostSandbox } from './host/host-api'
import { createOnce, expectNothingLeft } from './support/flow'
import { APP_ENTRY, APP_ENTRY_ABSOLUTE, APP_ENTRY_SUBPATH, expect, ROUTE_SLOT, SLOT_A, SLOT_B, test } from './support/host'

const SANDBOXES: HostSandbox[] = ['default', 'loose', 'strict', 'experimental']

for (const sandbox of SANDBOXES) {
  test(`loadMicroApp, sandbox ${sandbox}: mount, create once, unmount clean`, async ({ host }) => {
    await host.open({ locale: 'en-US', sandbox })
    await host.load('wgc-sb', SLOT_A, { bizId: `E2E-${sandbox}` })
    await createOnce(host, SLOT_A, 'wgc-sb', `E2E-${sandbox}`)
    await host.unmount('wgc-sb')
    await expectNothingLeft(host)
    expect(host.pageErrors).toEqual([])
  })
}

test.describe('sandbox: false', () => {
  test('two instances at once: both mount, both create, each unmounts alone, no global left', async ({ host, page }) => {
    await host.open({ locale: 'en-US', sandbox: 'none' })
    await page.evaluate(([a, b]) => Promise.all([
      window.__host.load('wgc-a', a, { bizId: 'E2E-A' }),
      window.__host.load('wgc-b', b, { bizId: 'E2E-B' }),
    ]), [SLOT_A, SLOT_B] as const)
    // One lifecycle key per load, on the real window (there is no sandbox to hold it).
    expect(await page.evaluate(() => Object.keys(window).filter(k => k.startsWith('wecom-group-chat:')).length)).toBe(2)
    await createOnce(host, SLOT_A, 'wgc-a', 'E2E-A')
    await createOnce(host, SLOT_B, 'wgc-b', 'E2E-B')
    await host.unmount('wgc-a')
    await expect(host.trigger(SLOT_B)).toBeVisible()
    await host.unmount('wgc-b')
    await expectNothingLeft(host)
    expect(host.pageErrors).toEqual([])
  })

  test('one after another: a second load after the first unmounted mounts too', async ({ host }) => {
    await host.open({ locale: 'en-US', sandbox: 'none' })
    await host.load('wgc-a', SLOT_A, { bizId: 'E2E-A' })
    await host.unmount('wgc-a')
    await expectNothingLeft(host)
    await host.load('wgc-b', SLOT_B, { bizId: 'E2E-B' })
    await createOnce(host, SLOT_B, 'wgc-b', 'E2E-B')
    await host.unmount('wgc-b')
    await expectNothingLeft(host)
  })
})

test('registerMicroApps + start({ singular, prefetch: "all" }): mounts on its route, unmounts off it', async ({ host, page }) => {
  await host.open({ mode: 'register', locale: 'en-US', prefetch: 'all' })
  await page.getByRole('link', { name: 'Collaboration' }).click()
  await expect(host.trigger(ROUTE_SLOT)).toBeVisible()
  await createOnce(host, ROUTE_SLOT, 'wecom-group-chat', 'E2E-ROUTE')
  await page.getByRole('link', { name: 'Home' }).click()
  await expectNothingLeft(host)
  // Back again: single-spa remounts the same lifecycles, whose key is long gone from the window.
  await page.getByRole('link', { name: 'Collaboration' }).click()
  await expect(host.trigger(ROUTE_SLOT)).toBeVisible()
  expect(host.pageErrors).toEqual([])
})

test('one build, two origins at once (one under a sub-path): both mount and create from their own URL', async ({ host, page }) => {
  const assets: string[] = []
  page.on('response', (response) => {
    if (/\/assets\/[^/]+\.(?:js|css)$/.test(response.url()))
      assets.push(`${response.status()} ${response.url()}`)
  })
  await host.open({ locale: 'en-US' })
  await host.load('wgc-root', SLOT_A, { bizId: 'E2E-ROOT' }, { entry: APP_ENTRY })
  await host.load('wgc-sub', SLOT_B, { bizId: 'E2E-SUB' }, { entry: APP_ENTRY_SUBPATH })
  await createOnce(host, SLOT_A, 'wgc-root', 'E2E-ROOT')
  await createOnce(host, SLOT_B, 'wgc-sub', 'E2E-SUB')
  // Each entry's script and language chunk came from its own URL (the stylesheet is inlined in
  // index.html: no file of its own), and nothing failed.
  for (const entry of [APP_ENTRY, APP_ENTRY_SUBPATH]) {
    expect(assets.some(a => a.startsWith(`200 ${entry}assets/index-`) && a.endsWith('.js'))).toBe(true)
    expect(assets.some(a => a.startsWith(`200 ${entry}assets/en-US-`) && a.endsWith('.js'))).toBe(true)
    expect(assets.some(a => a.endsWith('.css'))).toBe(false)
  }
  expect(assets.filter(a => !a.startsWith('200 '))).toEqual([])
  await host.unmount('wgc-root')
  await host.unmount('wgc-sub')
  await expectNothingLeft(host)
})

test('a build made with --base=<absolute URL> still mounts and creates', async ({ host }) => {
  await host.open({ locale: 'en-US' })
  await host.load('wgc-abs', SLOT_A, { bizId: 'E2E-ABS' }, { entry: APP_ENTRY_ABSOLUTE })
  await createOnce(host, SLOT_A, 'wgc-abs', 'E2E-ABS')
  await host.unmount('wgc-abs')
  await expectNothingLeft(host)
})

for (const entry of [APP_ENTRY, APP_ENTRY_SUBPATH]) {
  test(`standalone at ${entry}: the built app renders on its own and asks for a host`, async ({ page }) => {
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400)
        failed.push(`${response.status()} ${response.url()}`)
    })
    await page.goto(entry)
    await expect(page.locator('[data-wecom-group-chat]').getByRole('alert').first()).toBeVisible()
    expect(failed).toEqual([])
  })
}
