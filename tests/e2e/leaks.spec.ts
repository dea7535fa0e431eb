/**
 * docs/host-guide.md, leaks: after `unmount` nothing of an instance remains — no DOM outside its container,
 * no listeners on `window` / `document`, no retained heap, no pending requests. Measured through the
 * Chrome DevTools Protocol after a forced garbage collection.
 *
 * What qiankun keeps by itself is allowed for: single-spa holds every `loadMicroApp` parcel and its
 * props for good (~7.5 KB and a detached `<div>`, the parcel's `domElement`, each; docs/architecture.md).
 */
import type { CDPSession } from '@playwright/test'
import type { HostPage } from './support/host'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'

const NAME = 'wecom-group-chat-leaks'
const CYCLES = 30
/** Heap growth allowed over the cycles; ~0.4 MB is measured here, nearly all of it qiankun's. */
const MAX_GROWTH_BYTES = 1024 * 1024
/**
 * DOM nodes allowed to remain: single-spa's one `<div>` per load plus a few of Chromium's own (48
 * for 30 cycles here). Skipping our `app.unmount()` leaves 183.
 */
const MAX_NODE_GROWTH = 3 * CYCLES

// Compiled code lives on the JS heap too: with V8's optimising tiers on, the first cycles after the
// warm-up add ~0.8 MB of optimised code that has nothing to do with retention. Measure retention
// only. Tracing is off as well: its DOM snapshots live in the same heap.
test.use({
  launchOptions: async ({ launchOptions }, use) => use({
    ...launchOptions,
    args: [...(launchOptions.args ?? []), '--js-flags=--no-opt --no-maglev --no-sparkplug'],
  }),
  trace: 'off',
})

interface Snapshot {
  heapUsed: number
  /** Live DOM nodes, attached or not, after the collection (`Memory.getDOMCounters`). */
  nodes: number
  /** Listener types on window and on document, sorted, so a diff shows what was added. */
  windowListeners: string[]
  documentListeners: string[]
  /** Elements in <head>: a lazily injected stylesheet would stay there after unmount. */
  headChildren: number
}

async function listenerTypes(cdp: CDPSession, expression: 'window' | 'document'): Promise<string[]> {
  const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'leak-check' })
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! })
  return listeners.map(l => `${l.type}${l.useCapture ? ' (capture)' : ''}`).sort()
}

async function snapshot(cdp: CDPSession, host: HostPage): Promise<Snapshot> {
  // Twice: the first collection can leave finalisation work (weak refs, FinalizationRegistry) for the second.
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const { nodes } = await cdp.send('Memory.getDOMCounters')
  const windowListeners = await listenerTypes(cdp, 'window')
  const documentListeners = await listenerTypes(cdp, 'document')
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'leak-check' })
  const headChildren = await host.page.evaluate(() => document.head.childElementCount)
  return { heapUsed: usedSize, nodes, windowListeners, documentListeners, headChildren }
}

/** Mount, open the dialog with its own trigger, unmount: what a host that remounts per open does. */
async function cycle(host: HostPage): Promise<void> {
  await host.load(NAME, SLOT_A, { defaultSelected: ['wang1', 'zhao2'] })
  await host.trigger(SLOT_A).click()
  await expect(host.dialog()).toBeVisible()
  await expect(host.dialog().getByRole('checkbox').first()).toBeVisible()
  await host.unmount(NAME)
  await expect(host.dialog()).toHaveCount(0)
}

test(`${CYCLES} mount/unmount cycles with the dialog open leave no heap, listeners or elements behind`, async ({ host, page }) => {
  await host.open({ locale: 'en-US' })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')

  // One warm-up cycle first: the module's code, qiankun's caches, Chromium's own lazily made objects.
  await cycle(host)
  const baseline = await snapshot(cdp, host)

  for (let i = 0; i < CYCLES; i++)
    await cycle(host)
  const after = await snapshot(cdp, host)

  await test.info().attach('heap.json', {
    body: JSON.stringify({ baseline, after, heapGrowthBytes: after.heapUsed - baseline.heapUsed, nodeGrowth: after.nodes - baseline.nodes }, null, 2),
    contentType: 'application/json',
  })
  expect(after.heapUsed - baseline.heapUsed, `heap grew from ${baseline.heapUsed} to ${after.heapUsed} bytes`).toBeLessThan(MAX_GROWTH_BYTES)
  expect(after.nodes - baseline.nodes, `DOM nodes went from ${baseline.nodes} to ${after.nodes}`).toBeLessThanOrEqual(MAX_NODE_GROWTH)
  expect(after.windowListeners).toEqual(baseline.windowListeners)
  expect(after.documentListeners).toEqual(baseline.documentListeners)
  expect(after.headChildren).toBe(baseline.headChildren)

  // Nothing of ours anywhere in the document, top layer included: no <dialog>, no wgc- element, no mount point.
  const leftovers = await page.evaluate(() => ({
    dialogs: document.querySelectorAll('dialog').length,
    ours: document.querySelectorAll('[class*="wgc-"], [data-wecom-group-chat]').length,
    wrappers: document.querySelectorAll('[id^="__qiankun_microapp_wrapper"]').length,
    slot: document.querySelector('#slot-a')?.childElementCount,
  }))
  expect(leftovers).toEqual({ dialogs: 0, ours: 0, wrappers: 0, slot: 0 })
  expect(await host.events({ type: 'onError' })).toEqual([])
  expect(host.pageErrors).toEqual([])
})

test('unmounting while a create is in flight: the request finishes, the host still hears of the group, nothing stays', async ({ host, page }) => {
  const failed: string[] = []
  page.on('requestfailed', (request) => {
    if (request.url().includes('/api/wecom/group-chats'))
      failed.push(request.failure()?.errorText ?? '')
  })
  await host.open({ locale: 'en-US', mockLatency: 1500 })
  const people = demoCandidates(6)
  await host.load(NAME, SLOT_A, { defaultSelected: [people[0]!.userId, people[1]!.userId] })
  await host.trigger(SLOT_A).click()
  await host.dialog().getByRole('button', { name: /create group/i }).click()
  await expect(host.dialog().getByRole('status')).toHaveText('Creating…')
  await page.waitForTimeout(300)

  // The host navigates away 300 ms after the click; the backend answers 1.2 s later.
  await host.unmount(NAME)
  await expect(page.locator(SLOT_A)).toBeEmpty()
  const unmountedAt = (await host.lifecycle()).find(e => e.hook === 'afterUnmount' && e.name === NAME)!.at
  await expect.poll(async () => (await host.events({ name: NAME, type: 'onCreated' })).length, { timeout: 5000 }).toBe(1)

  const groups = await host.groups()
  expect(groups).toHaveLength(1)
  const [created] = await host.events({ name: NAME, type: 'onCreated' })
  expect(created!.payload).toMatchObject({ chatId: groups[0]!.chatId, opened: false })
  expect(created!.at).toBeGreaterThan(unmountedAt)
  expect(failed).toEqual([])
  expect(await host.events({ name: NAME, type: 'onError' })).toEqual([])
  // Then everything of the instance is gone.
  expect(await page.evaluate(() => document.querySelectorAll('[class*="wgc-"], [data-wecom-group-chat], dialog').length)).toBe(0)
  expect(host.pageErrors).toEqual([])
})
