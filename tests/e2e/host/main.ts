/**
 * An example host portal for the wecom-group-chat micro-app, and the page our end-to-end tests drive.
 *
 * What a host team can copy from here:
 * - `loadMicroApp<GroupChatAppProps>()` with one unique `name` per instance, awaiting `mountPromise`;
 * - `registerMicroApps()` + `start()` under the name `wecom-group-chat`, active on a route;
 * - passing the FULL props on every `update()` (single-spa replaces props, it does not merge them),
 *   and keeping callbacks and the candidates loader stable across updates;
 * - qiankun's `sandbox` option for style isolation.
 *
 * What is test scaffolding: the mock backend (MSW in a service worker, answering `/api/...` on this
 * origin, as the portal's own backend would) and the `window.__host` API (see ./host-api.ts).
 *
 * URL switches: `?mode=load|register`, `?router=history|hash`, `?sandbox=default|experimental|strict|loose|none`
 * (`none` is `sandbox: false`), `?prefetch=all` (register mode: `start({ singular: true, prefetch: 'all' })`),
 * `?locale=en-US`, `?entry=<url>`, `?autoload` (load one instance into Record A at start, for people
 * looking at the page), the mock backend's knobs `?mockLatency=300&mockFail=create:86006`, and
 * `?wecom=sim` for the WeCom client simulator (shaped by `wecomVersion=3.0.0`,
 * `wecomBridge=late|never`, `wecomFail=signature`, as on the standalone page).
 */
import type { FrameworkConfiguration, FrameworkLifeCycles, MicroApp } from 'qiankun'
import type { GroupChatAppProps } from '../../../src/contract'
import type {
  AppStatus, HostApi, HostConfig, HostEvent, HostEventType, HostSandbox, LifecycleEvent, LifecycleHook,
  LoadOptions, PropsOptions,
} from './host-api'
import { loadMicroApp, registerMicroApps, start } from 'qiankun'
import { startMockPortal } from './mock-portal'
import { createPropsFactory } from './props-factory'

/** The name the module registers its lifecycles under (docs/host-guide.md). */
const APP_NAME = 'wecom-group-chat'
/** The built module: one `npm run build` (no `--base`), served with CORS at this URL. */
const DEFAULT_ENTRY = __E2E_MODULE_ENTRY__
const COLLAB_PATH = '/collab'

const config = readConfig(new URLSearchParams(location.search))

function readConfig(query: URLSearchParams): HostConfig {
  const pick = <T extends string>(key: string, allowed: readonly T[]): T => {
    const value = query.get(key)
    return allowed.find(a => a === value) ?? allowed[0] as T
  }
  const router = pick('router', ['history', 'hash'] as const)
  return {
    mode: pick('mode', ['load', 'register'] as const),
    router,
    sandbox: pick('sandbox', ['default', 'experimental', 'strict', 'loose', 'none'] as const),
    prefetch: query.get('prefetch') === 'all',
    locale: query.get('locale') ?? undefined,
    entry: query.get('entry') ?? DEFAULT_ENTRY,
    route: router === 'hash' ? `#${COLLAB_PATH}` : COLLAB_PATH,
  }
}

/**
 * qiankun's `sandbox` option. `true` is the JS proxy sandbox without style isolation. Note that the
 * module's ES-module code runs against the real `window` under every setting (docs/architecture.md).
 */
function sandboxOption(sandbox: HostSandbox): FrameworkConfiguration['sandbox'] {
  switch (sandbox) {
    case 'experimental':
      return { experimentalStyleIsolation: true }
    case 'strict':
      return { strictStyleIsolation: true }
    case 'loose':
      return { loose: true }
    case 'none':
      // No JS sandbox at all: the entry script runs against the real window.
      return false
    default:
      return true
  }
}

// ---------------------------------------------------------------------------------------------
// What the module tells the host, and what qiankun does: recorded for tests, shown for people.

const events: HostEvent[] = []
const lifecycle: LifecycleEvent[] = []
/** Statuses of registered apps, which have no MicroApp object to ask. */
const registeredStatus = new Map<string, AppStatus>()

function record(type: HostEventType, name: string, payload?: unknown): void {
  events.push(payload === undefined ? { type, name, at: performance.now() } : { type, name, payload, at: performance.now() })
}

const STATUS_AFTER: Record<LifecycleHook, AppStatus> = {
  beforeLoad: 'LOADING_SOURCE_CODE',
  beforeMount: 'MOUNTING',
  afterMount: 'MOUNTED',
  beforeUnmount: 'UNMOUNTING',
  afterUnmount: 'NOT_MOUNTED',
}

/** qiankun's global lifecycle hooks; each must return a promise. */
const lifecycleHooks: FrameworkLifeCycles<GroupChatAppProps> = Object.fromEntries(
  (Object.keys(STATUS_AFTER) as LifecycleHook[]).map(hook => [hook, async (app: { name: string }) => {
    lifecycle.push({ hook, name: app.name, at: performance.now() })
    registeredStatus.set(app.name, STATUS_AFTER[hook])
  }]),
)

const buildProps = createPropsFactory(record, () => config.locale)

// ---------------------------------------------------------------------------------------------
// Mode "load": instances loaded on demand, each under its own name.

const apps = new Map<string, MicroApp>()

async function load(name: string, container: string, options?: PropsOptions, loadOptions: LoadOptions = {}): Promise<MicroApp> {
  const app = loadMicroApp<GroupChatAppProps>(
    { name, entry: loadOptions.entry ?? config.entry, container, props: buildProps(name, options) },
    { sandbox: sandboxOption(loadOptions.sandbox ?? config.sandbox) },
    lifecycleHooks,
  )
  apps.set(name, app)
  // Rejects with the real error if the entry cannot be loaded or a lifecycle fails.
  await app.mountPromise
  return app
}

async function update(name: string, options?: PropsOptions): Promise<void> {
  const app = apps.get(name)
  if (!app?.update)
    throw new Error(`host: no loaded instance named ${name}`)
  await app.update(buildProps(name, options))
}

async function unmount(name: string): Promise<void> {
  const app = apps.get(name)
  if (!app)
    throw new Error(`host: no loaded instance named ${name}`)
  // Kept in the map, so appStatus() then reads 'NOT_MOUNTED'; a later load() under this name replaces it.
  await app.unmount()
}

// ---------------------------------------------------------------------------------------------
// Mode "register": one app under the name the module registers, mounted while its route is active.

function registerOnRoute(): void {
  registerMicroApps<GroupChatAppProps>(
    [{
      name: APP_NAME,
      entry: config.entry,
      container: '#route-slot',
      activeRule: config.router === 'hash'
        ? loc => loc.hash.startsWith(`#${COLLAB_PATH}`)
        : loc => loc.pathname.startsWith(COLLAB_PATH),
      props: buildProps(APP_NAME, { bizId: 'E2E-ROUTE' }),
    }],
    lifecycleHooks,
  )
  // `?prefetch=all`: one app at a time, and every registered app's assets fetched while idle.
  start(config.prefetch ? { sandbox: sandboxOption(config.sandbox), singular: true, prefetch: 'all' } : { sandbox: sandboxOption(config.sandbox) })
}

/** Host navigation; single-spa patches `pushState` and listens to `hashchange`, so qiankun follows. */
function navigate(path: string): void {
  if (config.router === 'hash')
    location.hash = path
  else
    history.pushState(null, '', path + location.search)
  markCurrentLink()
}

function setUpNav(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-route]')) {
    const path = link.dataset.route ?? '/'
    link.href = config.router === 'hash' ? `${location.pathname}${location.search}#${path}` : path + location.search
    link.addEventListener('click', (event) => {
      event.preventDefault()
      navigate(path)
    })
  }
  window.addEventListener('popstate', markCurrentLink)
  markCurrentLink()
}

function markCurrentLink(): void {
  const current = config.router === 'hash' ? location.hash.slice(1) || '/' : location.pathname
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-route]')) {
    if (link.dataset.route === current)
      link.setAttribute('aria-current', 'page')
    else
      link.removeAttribute('aria-current')
  }
}

// ---------------------------------------------------------------------------------------------

function createContainer(id: string): string {
  const card = document.createElement('section')
  card.className = 'card'
  const slot = document.createElement('div')
  slot.id = id
  slot.className = 'slot'
  card.append(slot)
  document.querySelector('#more-slots')?.append(card)
  return `#${id}`
}

function appStatus(name: string): AppStatus | undefined {
  const app = apps.get(name)
  return app ? app.getStatus() as AppStatus : registeredStatus.get(name)
}

async function main(): Promise<void> {
  // The mock backend and, with ?wecom=sim, the WeCom client simulator: before any instance loads.
  const { backend, wecom } = await startMockPortal()

  setUpNav()
  if (config.mode === 'register')
    registerOnRoute()

  const api: HostApi = {
    config,
    load,
    update,
    unmount,
    app: name => apps.get(name),
    appStatus,
    createContainer,
    navigate,
    events,
    lifecycle,
    backend,
    wecom,
  }
  window.__host = api

  if (config.mode === 'load' && new URLSearchParams(location.search).has('autoload'))
    void load(APP_NAME, '#slot-a').catch(error => console.error('host: autoload failed', error))
}

void main()
