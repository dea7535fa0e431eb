/**
 * Builds what the benchmark loads and serves it on free ports the system picks (so it runs beside
 * anything else), and opens pages of the example host in Debian's Chromium.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Manifest } from 'vite'
import type {} from '../tests/e2e/host/host-api'
import type {} from './pages/probe'
import { chromium } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, extname, join, normalize } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import { HOST_PAGE, REFERENCE_PAGE } from './pages/vite.config'

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '')
/** Everything the benchmark writes, out of git and away from dist/ and the e2e build. */
export const OUT_DIR = join(ROOT, 'node_modules/.bench')

/** Where the three micro-apps are served, like a CDN: another origin than the host's. Set by `startServers`. */
export let APPS_ORIGIN = ''
let PAGES_ORIGIN = ''

/** Each app's entry URL, once the servers run. */
export const ENTRY = { app: '', floor: '', hello: '' }

/** The qiankun names each app registers its lifecycles under. */
export const APP_NAME = { app: 'wecom-group-chat', floor: 'bench-floor', hello: 'bench-hello' } as const

export type AppKey = keyof typeof ENTRY

/** Added before every answer of the apps' server: a real network's round trip. */
let appsDelayMs = 0
export function setAppsDelay(ms: number): void {
  appsDelayMs = ms
}

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
  // The host pages start MSW's service worker from the site root. It must not sit on the path of
  // the apps' own files (it adds 15–50 ms per request and hides parallelism): requests to the apps'
  // origin are routed past it (Chromium's static routing), and its fetch handler ignores them.
  const worker = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'), 'utf8')
  writeFileSync(join(OUT_DIR, 'pages/mockServiceWorker.js'), `${bypassApps(APPS_ORIGIN)}\n${worker}`)

  const manifest = JSON.parse(readFileSync(join(OUT_DIR, 'app/.vite/manifest.json'), 'utf8')) as Manifest
  const sdkChunk = Object.values(manifest).find(chunk => chunk.src === 'src/wecom/jssdk-chunk.ts')?.file
  if (!sdkChunk)
    throw new Error('bench: the build has no lazy src/wecom/jssdk-chunk.ts chunk')
  const pinyinChunk = Object.values(manifest).find(chunk => chunk.src === 'src/search/pinyin.ts')?.file
  if (!pinyinChunk)
    throw new Error('bench: the build has no lazy src/search/pinyin.ts chunk')
  return { sdkChunk, pinyinChunk }
}

/** Runs before MSW's own listeners in its worker. */
function bypassApps(origin: string): string {
  return `const BENCH_APPS_ORIGIN = ${JSON.stringify(origin)};
self.addEventListener('install', (event) => {
  if (typeof event.addRoutes === 'function')
    event.addRoutes({ condition: { urlPattern: new URLPattern({ protocol: 'http', hostname: '127.0.0.1', port: ${JSON.stringify(new URL(origin).port)} }) }, source: 'network' }).catch(() => {});
});
self.addEventListener('fetch', (event) => {
  if (new URL(event.request.url).origin === BENCH_APPS_ORIGIN) event.stopImmediatePropagation();
});`
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
}

/** A plain static server with CORS, as a CDN serving the entries would be. Uncompressed: sizes are gzipped in the bench. */
function serveStatic(root: string, delayMs: () => number = () => 0): Promise<Server> {
  const server = createServer((request, response) => {
    const delay = delayMs()
    if (delay > 0) {
      setTimeout(() => answer(request, response), delay)
      return
    }
    answer(request, response)
  })
  function answer(request: IncomingMessage, response: ServerResponse): void {
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
  }
  return new Promise((done, fail) => {
    server.once('error', fail)
    // Port 0: a free port the system picks.
    server.listen(0, '127.0.0.1', () => done(server))
  })
}

const originOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`

/** Starts the apps' and the pages' servers (before building: the reference apps need their URL). */
export async function startServers(): Promise<() => Promise<void>> {
  const servers = [
    await serveStatic(OUT_DIR, () => appsDelayMs),
    await serveStatic(join(OUT_DIR, 'pages')),
  ]
  APPS_ORIGIN = originOf(servers[0] as Server)
  PAGES_ORIGIN = originOf(servers[1] as Server)
  ENTRY.app = `${APPS_ORIGIN}/app/`
  ENTRY.floor = `${APPS_ORIGIN}/floor/`
  ENTRY.hello = `${APPS_ORIGIN}/hello/`
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
