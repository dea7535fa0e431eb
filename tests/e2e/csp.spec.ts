/**
 * The Content-Security-Policy a portal needs for the module, measured on the example qiankun host
 * (README, "Content-Security-Policy"): the host page is served with the header below, the module
 * mounts, creates and unmounts with no violation; and each of the module's entries is needed.
 */
import type { Page } from '@playwright/test'
import { createOnce } from './support/flow'
import { APP_ENTRY, expect, HOST_ORIGIN, SLOT_A, test } from './support/host'

const MODULE_ORIGIN = new URL(APP_ENTRY).origin

/** What the module needs, as the README lists it (the API here is on the portal's own origin: 'self'). */
const MODULE_NEEDS = {
  // qiankun (import-html-entry) runs the entry's inline loader with eval; the loader imports our module.
  'script-src': [`'self'`, MODULE_ORIGIN, `'unsafe-eval'`],
  // qiankun inlines our stylesheet as a <style> element.
  'style-src': [`'self'`, `'unsafe-inline'`],
  // qiankun fetches our index.html and stylesheet; the backend calls.
  'connect-src': [`'self'`, MODULE_ORIGIN],
  // candidates' avatars, if the host gives any.
  'img-src': [`'self'`, 'data:'],
}
/** What this example host needs for itself: Vite's dev client socket, and the mock backend's worker. */
const HOST_OWN = { 'connect-src': [HOST_ORIGIN.replace(/^http/, 'ws')], 'worker-src': [`'self'`] }

function policy(drop?: { directive: keyof typeof MODULE_NEEDS, source: string }): string {
  const directives: Record<string, string[]> = { 'default-src': [`'self'`] }
  for (const [name, sources] of Object.entries(MODULE_NEEDS))
    directives[name] = sources.filter(s => !(drop && drop.directive === name && drop.source === s))
  for (const [name, sources] of Object.entries(HOST_OWN))
    directives[name] = [...(directives[name] ?? []), ...sources]
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ')
}

async function serveHostWith(page: Page, csp: string): Promise<string[]> {
  await page.route(`${HOST_ORIGIN}/?*`, async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } })
  })
  const violations: string[] = []
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(`${e.effectiveDirective} ${e.blockedURI}`)
    })
  })
  return violations
}

test('under the documented policy the module mounts, creates and unmounts with no violation', async ({ host, page }) => {
  const violations = await serveHostWith(page, policy())
  await host.open({ locale: 'en-US' })
  await host.load('wgc-csp', SLOT_A, { bizId: 'E2E-CSP' })
  await createOnce(host, SLOT_A, 'wgc-csp', 'E2E-CSP')
  // Styled, i.e. the inlined stylesheet applied.
  await expect(host.trigger(SLOT_A)).toHaveCSS('background-color', 'rgb(15, 111, 222)')
  await host.unmount('wgc-csp')
  expect(violations).toEqual([])
})

// 'unsafe-eval' is qiankun's own need (import-html-entry evaluates every sub-app script with eval):
// without it this host does not even start, so it is not ours to take away here.
for (const drop of [
  { directive: 'script-src', source: MODULE_ORIGIN },
  { directive: 'connect-src', source: MODULE_ORIGIN },
] as const) {
  test(`without ${drop.directive} ${drop.source} the module cannot mount`, async ({ host, page }) => {
    const violations = await serveHostWith(page, policy(drop))
    await host.open({ locale: 'en-US' })
    await expect(host.load('wgc-csp', SLOT_A)).rejects.toThrow()
    expect(violations.some(v => v.startsWith(drop.directive))).toBe(true)
  })
}

test(`without style-src 'unsafe-inline' it mounts unstyled`, async ({ host, page }) => {
  const violations = await serveHostWith(page, policy({ directive: 'style-src', source: `'unsafe-inline'` }))
  await host.open({ locale: 'en-US' })
  await host.load('wgc-csp', SLOT_A)
  await expect(host.trigger(SLOT_A)).not.toHaveCSS('background-color', 'rgb(15, 111, 222)')
  expect(violations.some(v => v.startsWith('style-src'))).toBe(true)
})
