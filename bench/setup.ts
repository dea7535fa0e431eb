/**
 * Builds what the benchmark loads and serves it on its own ports (4800–4899, so it can run next to
 * the e2e servers on 4601 and 4700), and opens pages of the example host in Debian's Chromium.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { Server } from 'node:http'
import type { Manifest } from 'vite'
import type {} from '../tests/e2e/host/host-api'
import type {} from './pages/probe'
import { chromium } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, extname, join, normalize } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { HOST_PAGE, REFERENCE_PAGE } from './pages/vite.config'

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '')
/** Everything the benchmark writes, out of git and away from dist/ and the e2e build. */
export const OUT_DIR = join(ROOT, 'node_modules/.bench')

const APPS_PORT = 4801
const PAGES_PORT = 4802
/** Where the three micro-apps are served, like a CDN: another origin than the host's. */
export const APPS_ORIGIN = `http://127.0.0.1:${APPS_PORT}`
const PAGES_ORIGIN = `http://127.0.0.1:${PAGES_PORT}`

export const ENTRY = {
  /** The module, built as it ships: `npm run build` with no `--base`, served here. */
  app: `${APPS_ORIGIN}/app/`,
  floor: `${APPS_ORIGIN}/floor/`,
  hello: `${APPS_ORIGIN}/hello/`,
} as const

/** The qiankun names each app registers its lifecycles under. */
export const APP_NAME = { app: 'wecom-group-chat', floor: 'bench-floor', hello: 'bench-hello' } as const

export type AppKey = keyof typeof ENTRY

export interface Builds {
  /** The module's lazy @wecom/jssdk chunk, e.g. `assets/jssdk-chunk-XXXX.js`. */
  sdkChunk: string
  /** The lazy pinyin-search chunk, e.g. `assets/pinyin-XXXX.js`. */
  pinyinChunk: string
}

/**
 * `vite build` as `npm run build -- --base=<url>` runs it, in a child process: NODE_ENV is
 * production there whatever this process has (Vite's module runner sets it to development).
 */
function viteBuild(config: string, base: string, outDir: string, ...more: string[]): void {
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js')
  execFileSync(process.execPath, [vite, 'build', '--config', config, '--base', base, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...more], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

export function buildAll(): Builds {
  // The module as it ships, one build for any URL; the reference apps need their absolute base.
  viteBuild('vite.config.ts', './', join(OUT_DIR, 'app'), '--manifest')
  viteBuild('bench/floor-app/vite.config.ts', ENTRY.floor, join(OUT_DIR, 'floor'))
  viteBuild('bench/hello-app/vite.config.ts', ENTRY.hello, join(OUT_DIR, 'hello'))
  viteBuild('bench/pages/vite.config.ts', '/', join(OUT_DIR, 'pages'))
  // The host pages start MSW's service worker from the site root.
  copyFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), join(OUT_DIR, 'pages/mockServiceWorker.js'))

  const manifest = JSON.parse(readFileSync(join(OUT_DIR, 'app/.vite/manifest.json'), 'utf8')) as Manifest
  const sdkChunk = Object.values(manifest).find(chunk => chunk.src === 'src/wecom/jssdk-chunk.ts')?.file
  if (!sdkChunk)
    throw new Error('bench: the build has no lazy src/wecom/jssdk-chunk.ts chunk')
  const pinyinChunk = Object.values(manifest).find(chunk => chunk.src === 'src/search/pinyin.ts')?.file
  if (!pinyinChunk)
    throw new Error('bench: the build has no lazy src/search/pinyin.ts chunk')
  return { sdkChunk, pinyinChunk }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}

/** A plain static server with CORS, as a CDN serving the entries would be. Uncompressed: sizes are gzipped in the bench. */
function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    let file = normalize(join(root, path))
    if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory())
      file = join(file, 'index.html')
    if (!file.startsWith(root) || !existsSync(file)) {
      response.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('Not found')
      return
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
      'Service-Worker-Allowed': '/',
    }).end(readFileSync(file))
  })
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => done(server))
  })
}

export async function startServers(): Promise<() => Promise<void>> {
  const servers = [
    await serveStatic(OUT_DIR, APPS_PORT),
    await serveStatic(join(OUT_DIR, 'pages'), PAGES_PORT),
  ]
  return async () => {
    await Promise.all(servers.map(server => new Promise(done => server.close(done))))
  }
}

export function launchBrowser(): Promise<Browser> {
  // As playwright.config.ts: Debian's Chromium, never a downloaded one.
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

export interface OpenedPage {
  context: BrowserContext
  page: Page
}

/** A fresh context (empty cache, own service worker), so every sample is a first visit. */
async function freshPage(browser: Browser, url: string): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  page.on('pageerror', error => process.stderr.write(`  page error: ${error.message}\n`))
  await page.goto(url)
  return { context, page }
}

/**
 * The example host (tests/e2e/host) with `entry` and the host's own switches: `wecom: 'sim'` for the
 * WeCom client simulator (its bridge calls then time-stamped by the probe), `mockLatency`, … The
 * locale is en-US (the names the figures click by) unless `locale: undefined` leaves it to the
 * module's default. Resolves once `window.__host` is ready.
 */
export async function openHost(browser: Browser, app: AppKey, query: Record<string, string | undefined> = {}): Promise<OpenedPage> {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries({ entry: ENTRY[app], locale: 'en-US', ...query })) {
    if (value !== undefined)
      search.set(key, value)
  }
  const opened = await freshPage(browser, `${PAGES_ORIGIN}/${HOST_PAGE}?${search}`)
  await opened.page.waitForFunction(() => window.__host !== undefined)
  if (query.wecom === 'sim')
    await opened.page.evaluate(() => window.__bench.timeBridgeCalls())
  return opened
}

/** The reference page of figure (a), with the mock backend's switches. */
export async function openReference(browser: Browser, query: Record<string, string> = {}): Promise<OpenedPage> {
  const opened = await freshPage(browser, `${PAGES_ORIGIN}/${REFERENCE_PAGE}?${new URLSearchParams(query)}`)
  // Enabled once the mock backend's service worker runs.
  await opened.page.waitForFunction(() => document.querySelector('button')?.disabled === false)
  return opened
}
