/**
 * (c) `loadMicroApp` → dialog interactive: the app loaded into the host, its trigger clicked, the
 * dialog open with its search box focused, and that frame painted. First visits (fresh context),
 * the module and the hello-world app alternately.
 */
import type { Browser } from '@playwright/test'
import type { AppKey } from '../setup'
import { APP_NAME, openHost } from '../setup'

async function once(browser: Browser, app: 'app' | 'hello'): Promise<number> {
  const { context, page } = await openHost(browser, app)
  try {
    return await page.evaluate(async (name) => {
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
      return painted - start
    }, APP_NAME[app])
  }
  finally {
    await context.close()
  }
}

export async function measureInteractive(browser: Browser, runs: number): Promise<Record<Extract<AppKey, 'app' | 'hello'>, number[]>> {
  const result = { app: [] as number[], hello: [] as number[] }
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always meets a warmer machine.
    for (const app of i % 2 ? ['hello', 'app'] as const : ['app', 'hello'] as const)
      result[app].push(await once(browser, app))
  }
  return result
}
