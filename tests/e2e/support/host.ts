/**
 * The Playwright side of the example host (tests/e2e/host): a `host` fixture that opens the portal
 * with URL switches and wraps `window.__host` in typed calls.
 *
 *   import { expect, test } from './support/host'
 *   test('…', async ({ host, page }) => {
 *     await host.open({ locale: 'en-US' })
 *     await host.load('wecom-group-chat-1', '#slot-a', { candidates: 20 })
 *     await host.trigger('#slot-a').click()
 *   })
 *
 * Anything the wrappers lack, do in the page: `page.evaluate(() => window.__host.…)`.
 */
import type { Locator, Page } from '@playwright/test'
import type { MockGroup, RecordedRequest } from '../../../mock/backend'
import type { MockKnobs } from '../../../mock/knobs'
import type { BridgeCall } from '../../../mock/simulator'
import type {
  AppStatus, HostEvent, HostEventType, HostMode, HostRouter, HostSandbox, LifecycleEvent, LoadOptions, PropsOptions,
} from '../host/host-api'
import { test as base, expect } from '@playwright/test'
import { GROUP_CHAT } from './constants'

export * from './constants'

export interface HostQuery {
  mode?: HostMode
  router?: HostRouter
  sandbox?: HostSandbox
  locale?: string
  entry?: string
  /** Mock backend: ms added to every response. */
  mockLatency?: number
  /** Mock backend failures, e.g. `create:86006,agent:badticket` (mock/knobs.ts). */
  mockFail?: string
  /** Register mode: `all` starts qiankun with `{ singular: true, prefetch: 'all' }`. */
  prefetch?: 'all'
  /** wujie host: `alive: true`. */
  alive?: 1
  /** micro-app host: `keep-alive` (then `host.detach` / `host.attach`). */
  keepAlive?: 1
  /** Mock backend: a create for a record with a group answers `{ chatId, existing: true }`. */
  mockOneGroupPerRecord?: 1
  /** The signed-in user the mock backend and the simulator know (who may not be in a chat). */
  wecomUser?: string
  /** `sim`: the page plays the WeCom client (mock/simulator.ts), installed before anything loads. */
  wecom?: 'sim'
  /** With `wecom: 'sim'`: the client version, e.g. `3.0.0`. */
  wecomVersion?: string
  wecomBridge?: 'ready' | 'late' | 'never'
  /** With `wecom: 'sim'`: `signature` makes the client reject every signature. */
  wecomFail?: 'signature' | 'card'
}

export class HostPage {
  /** Uncaught errors and unhandled rejections in the page, in order. */
  readonly pageErrors: string[] = []
  /** `console.error` and `console.warn` lines from the page. */
  readonly consoleProblems: string[] = []

  constructor(readonly page: Page) {
    page.on('pageerror', error => this.pageErrors.push(error.stack ?? error.message))
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        this.consoleProblems.push(`${message.type()}: ${message.text()}`)
    })
  }

  /** Opens the portal at `path` with these switches and waits until `window.__host` is ready. */
  async open(query: HostQuery = {}, path = '/'): Promise<void> {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined)
        params.set(key, String(value))
    }
    const search = params.toString() === '' ? '' : `?${params}`
    const [pathname = '/', hash] = path.split('#')
    await this.page.goto(`${pathname}${search}${hash === undefined ? '' : `#${hash}`}`)
    await this.page.waitForFunction(() => window.__host !== undefined)
  }

  /** `loadMicroApp` and wait for `mountPromise`; throws with qiankun's error if it rejects. */
  async load(name: string, container: string, props?: PropsOptions, options?: LoadOptions): Promise<void> {
    await this.page.evaluate(async ([n, c, p, o]) => {
      await window.__host.load(n, c, p, o)
    }, [name, container, props, options] as const)
  }

  async update(name: string, props?: PropsOptions): Promise<void> {
    await this.page.evaluate(([n, p]) => window.__host.update(n, p), [name, props] as const)
  }

  async unmount(name: string): Promise<void> {
    await this.page.evaluate(n => window.__host.unmount(n), name)
  }

  /** micro-app keep-alive: hide the app (remove its element) / show it again. */
  async detach(name: string): Promise<void> {
    await this.page.evaluate(n => window.__host.detach?.(n), name)
  }

  async attach(name: string): Promise<void> {
    await this.page.evaluate(n => window.__host.attach?.(n), name)
  }

  /** Adds a group to the mock backend as if this app had created it. */
  async seedGroup(group: { chatId: string, bizId: string, name: string, owner: string, userlist: string[] }): Promise<void> {
    await this.page.evaluate(g => window.__host.backend.seed(g), group)
  }

  async status(name: string): Promise<AppStatus | undefined> {
    return this.page.evaluate(n => window.__host.appStatus(n), name)
  }

  /** Adds a container in a new card and returns its selector. */
  async createContainer(id: string): Promise<string> {
    return this.page.evaluate(i => window.__host.createContainer(i), id)
  }

  async navigate(path: string): Promise<void> {
    await this.page.evaluate(p => window.__host.navigate(p), path)
  }

  /** The callbacks the module made, optionally only of one type and/or one instance. */
  async events(filter: { type?: HostEventType, name?: string } = {}): Promise<HostEvent[]> {
    return this.page.evaluate(f => window.__host.events.filter(e =>
      (f.type === undefined || e.type === f.type) && (f.name === undefined || e.name === f.name)), filter)
  }

  async lifecycle(): Promise<LifecycleEvent[]> {
    return this.page.evaluate(() => window.__host.lifecycle)
  }

  /** What the mock backend received. */
  async requests(): Promise<RecordedRequest[]> {
    return this.page.evaluate(() => window.__host.backend.requests)
  }

  /** The groups the mock backend created, in order. */
  async groups(): Promise<MockGroup[]> {
    return this.page.evaluate(() => [...window.__host.backend.groups.values()])
  }

  /** With `wecom: 'sim'`: every call the simulated client's bridge received, in order. */
  async bridgeCalls(): Promise<BridgeCall[]> {
    return this.page.evaluate(() => window.__host.wecom?.calls ?? [])
  }

  async setKnobs(knobs: Partial<MockKnobs>): Promise<void> {
    await this.page.evaluate(k => window.__host.backend.setKnobs(k), knobs)
  }

  /** The module's own trigger button inside a container (en-US name). */
  trigger(container: string): Locator {
    return this.page.locator(container).getByRole('button', { name: GROUP_CHAT })
  }

  /** The module's dialog (en-US name). */
  dialog(): Locator {
    return this.page.getByRole('dialog', { name: GROUP_CHAT })
  }
}

export const test = base.extend<{ host: HostPage }>({
  host: async ({ page }, use, testInfo) => {
    const host = new HostPage(page)
    await use(host)
    // Failures come with what the page said.
    if (testInfo.status !== testInfo.expectedStatus) {
      const log = [...host.pageErrors.map(e => `pageerror: ${e}`), ...host.consoleProblems].join('\n')
      if (log)
        await testInfo.attach('page-errors.txt', { body: log, contentType: 'text/plain' })
    }
  },
})

export { expect }
