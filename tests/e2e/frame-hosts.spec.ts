/**
 * docs/host-guide.md, hosts: wujie 1.0 and micro-app 1.0 (real npm packages) mount the same build as
 * qiankun, hand over the same props (callbacks included), update it and unmount it. The module runs
 * in their same-origin iframe; its relative `apiBaseUrl` still reaches the host page's origin.
 */
import type { CDPSession } from '@playwright/test'
import type { HostQuery } from './support/host'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, HOST_ORIGIN, SLOT_A, test } from './support/host'

const PEOPLE = demoCandidates(6)

/** Listener types on the top page's window and document (the frames' own die with them). */
async function topListeners(cdp: CDPSession): Promise<string[]> {
  const types: string[] = []
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'l' })
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! })
    types.push(...listeners.map(l => `${expression}:${l.type}`))
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'l' })
  return types.sort()
}

const HOSTS: { title: string, path: string, query: HostQuery }[] = [
  { title: 'wujie, alive: false', path: '/wujie.html', query: {} },
  { title: 'wujie, alive: true', path: '/wujie.html', query: { alive: 1 } },
  { title: 'micro-app (iframe)', path: '/micro-app.html', query: {} },
]

for (const { title, path, query } of HOSTS) {
  test(`${title}: mount, props, create once, update, unmount with nothing left`, async ({ host, page }) => {
    await host.open({ ...query, locale: 'en-US' }, path)
    const cdp = await page.context().newCDPSession(page)
    const framesBefore = await page.evaluate(() => document.querySelectorAll('iframe').length)
    // The framework's own listeners appear with its first app; count from a page that has had one.
    const listenersBefore = await topListeners(cdp)
    await host.load('wgc-frame', SLOT_A, { bizId: 'E2E-FRAME', candidates: 6 })
    await host.trigger(SLOT_A).click()
    const dialog = host.dialog()
    await expect(dialog).toBeVisible()
    await dialog.getByRole('checkbox', { name: PEOPLE[1]!.name }).check()
    await dialog.getByRole('checkbox', { name: PEOPLE[2]!.name }).check()
    await dialog.getByRole('button', { name: /create group/i }).click()
    await expect(dialog.getByRole('status')).toHaveText(/Group chat created/)

    // Exactly one create, on the host page's origin, and the host's own callback got it.
    const creates = (await host.requests()).filter(r => r.call === 'create')
    expect(creates).toHaveLength(1)
    expect(creates[0]!.url.startsWith(`${HOST_ORIGIN}/api/`)).toBe(true)
    expect(creates[0]!.body).toMatchObject({ id: 'E2E-FRAME', url: page.url() })
    const created = await host.events({ type: 'onCreated' })
    expect(created).toHaveLength(1)
    expect(created[0]!.payload).toMatchObject({ bizId: 'E2E-FRAME', environment: 'browser' })
    await dialog.getByRole('button', { name: 'Done' }).click()

    if (!query.alive) {
      // The full props again, in the other language: micro-app's setData, wujie's second startApp.
      await host.update('wgc-frame', { bizId: 'E2E-FRAME', candidates: 6, locale: 'zh-CN' })
      await expect(page.locator(SLOT_A).getByRole('button', { name: '一键拉群' })).toBeVisible()
    }

    await host.unmount('wgc-frame')
    await expect(page.locator('[data-wecom-group-chat]')).toHaveCount(0)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('iframe').length)).toBe(framesBefore)
    // Nothing of ours stays on the host page: wujie hands most of a frame's window listeners to it.
    await expect.poll(() => topListeners(cdp)).toEqual(listenersBefore)
    expect(host.pageErrors).toEqual([])
  })
}
