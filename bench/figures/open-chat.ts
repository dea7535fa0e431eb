/**
 * (a) From the Create click to the WeCom client's `openExistedChatWithMsg` call, inside the
 * simulated client, with 300 ms added to every backend answer: the module in the example host
 * against the reference page that runs the design note's steps one after another.
 */
import type { Browser } from '@playwright/test'
import type { OpenedPage } from '../setup'
import { APP_NAME, openHost, openReference } from '../setup'

export const LATENCY_MS = 300

export interface OpenChatSample {
  /** Create click → `openExistedChatWithMsg` called. */
  ms: number
  /** Trigger click → Create click: how long signing had been running when Create was pressed. */
  afterDialogOpenMs?: number
  /**
   * Reference page: one mocked round trip as this machine does it (service worker, MSW, 300 ms
   * delay) — the mean of its second and third requests, which start on a warm service worker.
   */
  roundTripMs?: number
}

/** The click's timestamp and the open call's, once the client has answered it. */
async function clickToOpen({ page }: OpenedPage): Promise<{ click: number, open: number }> {
  await page.waitForFunction(() => window.__bench.bridgeCalls.some(call => call.name === 'openExistedChatWithMsg' && call.errMsg))
  const { click, open, errMsg } = await page.evaluate(() => {
    const call = window.__bench.bridgeCalls.find(c => c.name === 'openExistedChatWithMsg')
    return { click: window.__bench.lastClick ?? Number.NaN, open: call?.at ?? Number.NaN, errMsg: call?.errMsg }
  })
  if (errMsg !== 'openExistedChatWithMsg:ok')
    throw new Error(`bench: the client refused the jump: ${errMsg}`)
  return { click, open }
}

async function moduleOnce(browser: Browser): Promise<OpenChatSample> {
  const opened = await openHost(browser, 'app', { wecom: 'sim', mockLatency: String(LATENCY_MS) })
  const { page, context } = opened
  try {
    // Three people ticked (owner included), so Create is enabled as soon as the dialog opens.
    await page.evaluate(name => window.__host.load(name, '#slot-a', { candidates: 6, owner: 'wang1', defaultSelected: ['zhao2', 'hu3'], defaultGroupName: 'Bench' }).then(() => {}), APP_NAME.app)
    await page.locator('#slot-a').getByRole('button', { name: /group chat/i }).click()
    const triggerClick = await page.evaluate(() => window.__bench.lastClick ?? Number.NaN)
    // The impatient user: Create pressed as soon as it can be, while signing is still under way.
    await page.getByRole('dialog').getByRole('button', { name: /create group/i }).click()
    const { click, open } = await clickToOpen(opened)
    return { ms: open - click, afterDialogOpenMs: click - triggerClick }
  }
  finally {
    await context.close()
  }
}

async function referenceOnce(browser: Browser): Promise<OpenChatSample> {
  const opened = await openReference(browser, { mockLatency: String(LATENCY_MS) })
  try {
    await opened.page.getByRole('button', { name: 'Create group' }).click()
    const { click, open } = await clickToOpen(opened)
    const answered = await opened.page.evaluate(() => window.__bench.marks.map(mark => mark.at))
    const [created = Number.NaN, , agentSigned = Number.NaN] = answered
    return { ms: open - click, roundTripMs: (agentSigned - created) / 2 }
  }
  finally {
    await opened.context.close()
  }
}

export async function measureOpenChat(browser: Browser, runs: number): Promise<{ module: OpenChatSample[], reference: OpenChatSample[] }> {
  const module: OpenChatSample[] = []
  const reference: OpenChatSample[] = []
  // Interleaved, so a slow spell of the machine hits both alike.
  for (let i = 0; i < runs; i++) {
    module.push(await moduleOnce(browser))
    reference.push(await referenceOnce(browser))
  }
  return { module, reference }
}
