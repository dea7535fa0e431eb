/**
 * The test API the example host exposes on `window.__host` (types only).
 *
 * Playwright runs code in the page with `page.evaluate`, and only JSON-like values cross that
 * boundary: no functions, so no callback props. Tests therefore describe the props they want with
 * serialisable `PropsOptions`; the host turns them into real props and records every callback the
 * module makes in `events`.
 */
import type { MicroApp } from 'qiankun'
import type { MockBackend } from '../../../mock/backend'
import type { WeComSimulator } from '../../../mock/simulator'
import type { Candidate, Endpoints, LinkCard } from '../../../src/contract'

/** `?mode=`: `loadMicroApp` on demand, or `registerMicroApps` + `start` on a route. */
export type HostMode = 'load' | 'register'
/** `?router=`: how the registered app's route is written. */
export type HostRouter = 'history' | 'hash'
/**
 * `?sandbox=`: qiankun's `sandbox` option (`true`, `{ experimentalStyleIsolation }`,
 * `{ strictStyleIsolation }`, `{ loose: true }`, `false`).
 */
export type HostSandbox = 'default' | 'experimental' | 'strict' | 'loose' | 'none'

/** What the page read from its URL. */
export interface HostConfig {
  mode: HostMode
  router: HostRouter
  sandbox: HostSandbox
  /** `?prefetch=all`: register mode starts with `{ singular: true, prefetch: 'all' }`. */
  prefetch: boolean
  /** `?locale=`: the `locale` prop given when `PropsOptions.locale` is absent; none by default (the module's own default applies). */
  locale?: string
  /** `?entry=`: the micro-app's entry. @default the built module the e2e run serves (`__E2E_MODULE_ENTRY__`) */
  entry: string
  /** In register mode: the route the app is active on (`/collab` or `#/collab`). */
  route: string
}

/** A candidates loader the host builds: resolves with demo people, rejects, or never answers. */
export type LoaderKind = 'loader' | 'loader-reject' | 'loader-never'

/**
 * Serialisable description of the props to pass. The host fills in defaults, adds the callbacks
 * (`onCreated`, `onError`, `onClose`, `onAuthExpired`, and `getHeaders` / `openChat` when asked)
 * and always passes the full set: single-spa replaces props on `update`, it does not merge them.
 */
export interface PropsOptions {
  /** @default `E2E-<instance name>`; `null` leaves the prop out (an invalid-props case). */
  bizId?: string | null
  /**
   * A number: that many demo people (deterministic, from mock/demo-candidates: userIds `wang1`,
   * `zhao2`, `hu3`, ...). A list: passed as is. A loader kind: a function the host passes instead.
   * @default 6
   */
  candidates?: number | Candidate[] | LoaderKind
  /** With a loader: how many people it resolves with. @default 6 */
  loaderCount?: number
  /** With a loader: how long it takes to settle, in ms. @default 300 */
  loaderDelayMs?: number
  defaultSelected?: string[]
  defaultGroupName?: string
  owner?: string
  existingChatId?: string
  open?: boolean
  /** Any string, to test unsupported ones too. @default HostConfig.locale */
  locale?: string
  /** @default absent (the module's '/api', served by the mock backend on the host origin) */
  apiBaseUrl?: string
  endpoints?: Endpoints
  /** When given, the host passes `getHeaders` returning these (recorded as `getHeaders` events). */
  headers?: Record<string, string>
  linkUrl?: string
  corpId?: string
  agentId?: string
  timeoutMs?: number
  linkCard?: LinkCard
  /**
   * Callbacks of their own for this record (keep-alive hosts moving one instance across records):
   * their events are recorded under the name `<instance>@<callbacks>`.
   */
  callbacks?: string
  /** When given, the host passes its own `openChat` that resolves or rejects (recorded as `openChat` events). */
  openChat?: 'resolve' | 'reject'
  /** Merged over everything else, last: for malformed props (`{ candidates: 'nope' }`, `{ onError: 42 }`). */
  raw?: Record<string, unknown>
}

/** Per-instance qiankun options for `load`. */
export interface LoadOptions {
  /** @default HostConfig.entry */
  entry?: string
  /** @default HostConfig.sandbox */
  sandbox?: HostSandbox
}

export type HostEventType =
  | 'onCreated' | 'onError' | 'onClose' | 'onAuthExpired' | 'onMembersAdded'
  | 'openChat' | 'getHeaders' | 'loader'

/** One call the module made into the host. */
export interface HostEvent {
  type: HostEventType
  /** The instance: the qiankun app name it was loaded under. */
  name: string
  /** The argument: `GroupCreated` for onCreated, `GroupChatError` for onError, the chatId for openChat. */
  payload?: unknown
  /** `performance.now()` when it happened. */
  at: number
}

export type LifecycleHook = 'beforeLoad' | 'beforeMount' | 'afterMount' | 'beforeUnmount' | 'afterUnmount'

/** qiankun's global lifecycle hooks, as seen by the host. */
export interface LifecycleEvent {
  hook: LifecycleHook
  name: string
  at: number
}

/** single-spa's status names, as `MicroApp.getStatus()` returns them. */
export type AppStatus =
  | 'NOT_LOADED' | 'LOADING_SOURCE_CODE' | 'NOT_BOOTSTRAPPED' | 'BOOTSTRAPPING' | 'NOT_MOUNTED'
  | 'MOUNTING' | 'MOUNTED' | 'UPDATING' | 'UNMOUNTING' | 'UNLOADING' | 'SKIP_BECAUSE_BROKEN' | 'LOAD_ERROR'

export interface HostApi {
  readonly config: HostConfig
  /**
   * `loadMicroApp({ name, entry, container, props })` and wait for `mountPromise`. Rejects with
   * qiankun's error when loading, bootstrapping or mounting fails. Don't return the MicroApp from
   * `page.evaluate` (it holds functions); use `appStatus` and the DOM instead.
   */
  load: (name: string, container: string, props?: PropsOptions, options?: LoadOptions) => Promise<MicroApp>
  /** `microApp.update(fullProps)` of a loaded instance, built from `props` like `load` does. */
  update: (name: string, props?: PropsOptions) => Promise<void>
  /** `microApp.unmount()` of a loaded instance; `appStatus(name)` then reads 'NOT_MOUNTED'. */
  unmount: (name: string) => Promise<void>
  /** The MicroApp of a loaded instance, for code running in the page. */
  app: (name: string) => MicroApp | undefined
  /**
   * A loaded instance: `getStatus()`. A registered app: derived from qiankun's lifecycle hooks
   * ('LOADING_SOURCE_CODE', 'MOUNTING', 'MOUNTED', 'UNMOUNTING', 'NOT_MOUNTED'). Unknown: undefined.
   */
  appStatus: (name: string) => AppStatus | undefined
  /** Adds an empty `<div id="{id}">` in its own card (transform, overflow: hidden) and returns `#{id}`. */
  createContainer: (id: string) => string
  /** Goes to a host route: `history.pushState` or `location.hash`, as `?router=` says; keeps the query. */
  navigate: (path: string) => void
  /** micro-app with `?keepAlive=1`: removes the element (the app is hidden, kept alive). */
  detach?: (name: string) => Promise<void>
  /** micro-app with `?keepAlive=1`: puts the removed element back (the kept app is shown again). */
  attach?: (name: string) => Promise<void>
  /** Every callback the module made, in order. */
  readonly events: HostEvent[]
  /** qiankun's beforeLoad / beforeMount / afterMount / beforeUnmount / afterUnmount, in order. */
  readonly lifecycle: LifecycleEvent[]
  /** The mock backend answering `/api/...` on this origin (`requests`, `groups`, `setKnobs`, `reset`). */
  readonly backend: MockBackend
  /**
   * With `?wecom=sim`: the WeCom client simulator installed before any instance loaded (`calls`
   * the bridge received, chats `opened`); undefined in an ordinary browser page.
   */
  readonly wecom?: WeComSimulator
}

declare global {
  /** The built module's entry the e2e run serves; the host's vite.config.ts defines it. */
  const __E2E_MODULE_ENTRY__: string
  interface Window {
    /**
     * Set once the mock backend's service worker runs and, in register mode, qiankun has started:
     * wait for it (`page.waitForFunction(() => window.__host !== undefined)`) before using it.
     */
    __host: HostApi
  }
}
