/**
 * (e) JS heap growth over 50 cycles of `loadMicroApp` → open the dialog → unmount, measured after a
 * forced garbage collection (CDP), for the module and the hello-world app. qiankun itself keeps
 * some memory per `loadMicroApp` (docs/benchmarks.md), so the hello app's figure is that floor.
 */
import type { Browser, Page } from '@playwright/test'
import { APP_NAME, openHost } from '../setup'

export const CYCLES = 50
const WARM_UP = 10

async function cycles(page: Page, name: string, count: number): Promise<void> {
  await page.evaluate(async ([n, times]) => {
    for (let i = 0; i < times; i++) {
      await window.__host.load(n, '#slot-a', { candidates: 6 })
      const slot = document.querySelector('#slot-a')
      slot?.querySelector('button')?.click()
      await window.__bench.paintedWhen(() => !!slot?.querySelector('dialog')?.open)
      await window.__host.unmount(n)
    }
  }, [name, count] as const)
}

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  for (let i = 0; i < 3; i++)
    await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize
}

/** Bytes the heap grew by over the cycles, code and first-use caches already loaded. */
async function growth(browser: Browser, app: 'app' | 'hello'): Promise<number> {
  const { context, page } = await openHost(browser, app)
  try {
    await cycles(page, APP_NAME[app], WARM_UP)
    const before = await heapUsed(page)
    await cycles(page, APP_NAME[app], CYCLES)
    return await heapUsed(page) - before
  }
  finally {
    await context.close()
  }
}

export async function measureHeap(browser: Browser): Promise<{ app: number, hello: number }> {
  return { app: await growth(browser, 'app'), hello: await growth(browser, 'hello') }
}
