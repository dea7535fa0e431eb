/**
 * (c) `loadMicroApp` → dialog interactive: the app loaded into the host, its trigger clicked, the
 * dialog open with its search box focused, and that frame painted. First visits (fresh context),
 * the module, the stack floor and hello alternately, each in turn first. Optionally with a delay
 * added to every answer of the apps' server, as a real network's round trip.
 */
import type { Browser } from '@playwright/test'
import { APP_NAME, APPS_ORIGIN, openHost, setAppsDelay } from '../setup'

export type Compared = 'app' | 'floor' | 'hello'
const COMPARED: readonly Compared[] = ['app', 'floor', 'hello']

interface Sample {
  ms: number
  /** The apps' own files that went through the page's service worker (must be 0). */
  throughWorker: number
  files: number
}

async function once(browser: Browser, app: Compared): Promise<Sample> {
  const { context, page } = await openHost(browser, app)
  try {
    return await page.evaluate(async ([name, origin]) => {
      const start = performance.now()
      await window.__host.load(name, '#slot-a', { candidates: 6 })
      const slot = document.querySelector('#slot-a')
      const trigger = slot?.querySelector('button')
      if (!slot || !trigger)
        throw new Error('bench: no trigger after mount')
      trigger.click()
      const painted = await window.__bench.paintedWhen(() => {
        const dialog = slot.querySelector('dialog')
        const search = dialog?.querySelector('input[type=search]')
        return !!dialog?.open && !!search && document.activeElement === search
      })
      // Chromium names the source a request was routed to: 'network' when the worker's static
      // routing sent it past the worker (its fetch handler never ran). Elsewhere: any worker involvement.
      const own = performance.getEntriesByType('resource').filter(e => e.name.startsWith(origin)) as (PerformanceResourceTiming & { workerMatchedSourceType?: string })[]
      const through = own.filter(e => e.workerMatchedSourceType !== undefined ? e.workerMatchedSourceType !== 'network' : e.workerStart > 0)
      return { ms: painted - start, throughWorker: through.length, files: own.length }
    }, [APP_NAME[app], APPS_ORIGIN] as const)
  }
  finally {
    await context.close()
  }
}

export interface InteractiveResult {
  ms: Record<Compared, number[]>
  throughWorker: number
  files: number
}

export async function measureInteractive(browser: Browser, runs: number, delayMs = 0): Promise<InteractiveResult> {
  const result: InteractiveResult = { ms: { app: [], floor: [], hello: [] }, throughWorker: 0, files: 0 }
  setAppsDelay(delayMs)
  try {
    for (let i = 0; i < runs; i++) {
      // Rotate which goes first, so none always meets a warmer (or busier) machine.
      const order = COMPARED.map((_, k) => COMPARED[(i + k) % COMPARED.length] as Compared)
      for (const app of order) {
        const sample = await once(browser, app)
        result.ms[app].push(sample.ms)
        result.throughWorker += sample.throughWorker
        result.files += sample.files
      }
    }
  }
  finally {
    setAppsDelay(0)
  }
  return result
}
