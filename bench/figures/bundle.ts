/**
 * (b) gzip bytes of the JS and CSS the browser actually fetches for an app mounted in the example
 * host: the module (in a browser, and inside the simulated WeCom client) and the floor app.
 */
import type { Browser, Page } from '@playwright/test'
import type { AppKey } from '../setup'
import { gzipSync } from 'node:zlib'
import { APP_NAME, APPS_ORIGIN, openHost } from '../setup'

export interface FetchedFile {
  path: string
  bytes: number
  gzip: number
}

/** Records every JS and CSS file (and inlined <style>) the page fetches from the apps' origin, with its gzip size (Node's default level, as Vite reports). */
function recordFetches(page: Page): { files: FetchedFile[], settled: () => Promise<unknown> } {
  const files: FetchedFile[] = []
  const pending: Promise<void>[] = []
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.origin !== APPS_ORIGIN)
      return
    // A stylesheet inlined into index.html counts as CSS fetched.
    if (/(?:\/|\.html)$/.test(url.pathname)) {
      pending.push(response.text().then((html) => {
        const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(m => m[1]).join('')
        if (css)
          files.push({ path: `${url.pathname} <style>`, bytes: css.length, gzip: gzipSync(css).length })
      }))
      return
    }
    if (!/\.(?:js|css)$/.test(url.pathname))
      return
    pending.push(response.body().then((body) => {
      files.push({ path: url.pathname, bytes: body.length, gzip: gzipSync(body).length })
    }))
  })
  return { files, settled: () => Promise.all(pending) }
}

const total = (files: FetchedFile[]): number => files.reduce((sum, file) => sum + file.gzip, 0)

/**
 * Mounts `app`, clicks its first button (the module's trigger opens the dialog, which inside
 * WeCom starts loading the SDK), waits for `done` and then half a second more.
 */
async function fetchedWhenMounted(browser: Browser, app: AppKey, query: Record<string, string>, done: (page: Page) => Promise<unknown>): Promise<FetchedFile[]> {
  // The module's default locale, as most portals will mount it.
  const { context, page } = await openHost(browser, app, { locale: undefined, ...query })
  try {
    const fetched = recordFetches(page)
    await page.evaluate(name => window.__host.load(name, '#slot-a', { candidates: 6, owner: 'wang1', defaultSelected: ['zhao2'] }).then(() => {}), APP_NAME[app])
    await page.locator('#slot-a button').first().click()
    await done(page)
    // Anything loaded lazily on mount or on open has been asked for by now.
    await page.waitForTimeout(500)
    await fetched.settled()
    return fetched.files.sort((a, b) => a.path.localeCompare(b.path))
  }
  finally {
    await context.close()
  }
}

export interface BundleResult {
  module: FetchedFile[]
  /** The same with `locale: 'en-US'`. */
  moduleEnUS: FetchedFile[]
  floor: FetchedFile[]
  moduleInWeCom: FetchedFile[]
  moduleGzip: number
  moduleEnUSGzip: number
  floorGzip: number
  /** The lazy pinyin chunk: fetched when the dialog opens (should be 0), and its own size. */
  pinyinOnOpenGzip: number
  pinyinGzip: number
  /** @wecom/jssdk's chunk, fetched in a browser (should be 0) and inside WeCom. */
  sdkInBrowserGzip: number
  sdkInWeComGzip: number
}

export async function measureBundle(browser: Browser, sdkChunk: string, pinyinChunk: string): Promise<BundleResult> {
  const dialogOpen = (page: Page) => page.getByRole('dialog').waitFor()
  const module = await fetchedWhenMounted(browser, 'app', {}, dialogOpen)
  const moduleEnUS = await fetchedWhenMounted(browser, 'app', { locale: 'en-US' }, dialogOpen)
  // Typing Latin letters over Chinese names fetches the pinyin chunk: weigh it where it is fetched.
  const searched = await fetchedWhenMounted(browser, 'app', {}, async (page) => {
    await page.getByRole('dialog').getByRole('searchbox').fill('zs')
    await page.waitForResponse(response => response.url().endsWith(`/${pinyinChunk}`))
  })
  const floor = await fetchedWhenMounted(browser, 'floor', {}, dialogOpen)
  // Inside WeCom the dialog loads the SDK and signs: wait for the client's agentConfig answer.
  const moduleInWeCom = await fetchedWhenMounted(browser, 'app', { wecom: 'sim' }, page =>
    page.waitForFunction(() => window.__bench.bridgeCalls.some(call => call.name === 'agentConfig' && call.errMsg)))
  const sdk = (files: FetchedFile[]) => total(files.filter(file => file.path.endsWith(`/${sdkChunk}`)))
  const pinyin = (files: FetchedFile[]) => total(files.filter(file => file.path.endsWith(`/${pinyinChunk}`)))
  return {
    module,
    moduleEnUS,
    floor,
    moduleInWeCom,
    moduleGzip: total(module),
    moduleEnUSGzip: total(moduleEnUS),
    floorGzip: total(floor),
    pinyinOnOpenGzip: pinyin(module) + pinyin(moduleEnUS),
    pinyinGzip: pinyin(searched),
    sdkInBrowserGzip: sdk(module),
    sdkInWeComGzip: sdk(moduleInWeCom),
  }
}
