/**
 * The first thing a newcomer sees: `npm run dev` on its own (docs/local-development.md). It says what it is
 * waiting for while the mock service worker starts, asks for no /favicon.ico, and a mistyped mock
 * knob is named in one console warning that lists the valid values.
 */
import { expect, test } from '@playwright/test'
import { DEV_ORIGIN } from './support/constants'
import { SLOT_A, test as hostTest } from './support/host'

const DEV = `${DEV_ORIGIN}/`

test('a loading line while the mock backend starts, then the demo record; no favicon request', async ({ page }) => {
  const requested: string[] = []
  page.on('request', request => requested.push(request.url()))
  // The line is gone once the worker runs (often within a second): note when it was on the page.
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { __loadingSeen: seen })
    new MutationObserver(() => {
      const line = document.querySelector('[role="status"][data-demo-loading]')
      if (line && !seen.length)
        seen.push(`${line.textContent} ${document.querySelector('[data-wecom-group-chat] button') ? 'after' : 'before'} the trigger`)
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(`${DEV}?locale=en-US`)
  await expect(page.getByRole('button', { name: /group chat/i })).toBeVisible({ timeout: 15_000 })
  expect(await page.evaluate(() => (window as unknown as { __loadingSeen: string[] }).__loadingSeen))
    .toEqual([expect.stringMatching(/^Starting the mock backend.* before the trigger$/)])
  await expect(page.locator('[data-demo-loading]')).toHaveCount(0)
  // Headless Chromium fetches no icons at all; a headed browser asks for /favicon.ico unless the
  // page names an icon. It names an inline one, so there is nothing to 404.
  expect(await page.locator('link[rel="icon"]').getAttribute('href')).toMatch(/^data:/)
  expect(requested.filter(url => new URL(url).pathname === '/favicon.ico')).toEqual([])
})

test('mockFail=create:typo: one console warning listing the valid values', async ({ page }) => {
  const warnings: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'warning')
      warnings.push(message.text())
  })
  await page.goto(`${DEV}?locale=en-US&mockFail=create:typo`)
  await expect(page.getByRole('button', { name: /group chat/i })).toBeVisible({ timeout: 15_000 })
  const ours = warnings.filter(w => w.includes('mockFail'))
  expect(ours).toHaveLength(1)
  expect(ours[0]).toContain('"create:typo"')
  expect(ours[0]).toMatch(/config, agent, create/)
})

hostTest('a host pointed at the dev server mounts the dev module (README, "Against npm run dev")', async ({ host }) => {
  await host.open({ locale: 'en-US', entry: DEV })
  await host.load('wgc-dev', SLOT_A, { bizId: 'E2E-DEV' })
  await expect(host.trigger(SLOT_A)).toBeVisible()
  await host.trigger(SLOT_A).click()
  await expect(host.dialog()).toBeVisible()
  await host.unmount('wgc-dev')
  await expect(host.page.locator('[data-wecom-group-chat]')).toHaveCount(0)
})
