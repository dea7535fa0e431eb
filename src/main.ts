import { detectFrameHost } from './hosts/detect'
import { createLifecycles } from './runtime/lifecycles'

export type * from './contract'

/** qiankun's lifecycles: the entry loader hands them to qiankun under a key of its own per load. */
const qiankun = createLifecycles(__APP_NAME__)

/** Called by the entry loader when no qiankun ran it: wujie, micro-app, or the page on its own. */
function start(): void {
  const kind = detectFrameHost(window)
  if (kind !== 'none') {
    // Their adapters are a chunk of their own: a qiankun page never fetches it.
    void import('./hosts').then(({ startInFrameHost }) => startInFrameHost(window, kind, host => createLifecycles(__APP_NAME__, host.options)))
    return
  }
  const container = document.body
  if (import.meta.env.DEV) {
    // Dev only: the mock backend, demo people and the WeCom simulator. Never in a production build.
    void import('../mock/standalone').then(({ startStandalone }) => startStandalone(qiankun, container))
  }
  else {
    // The built app opened on its own has no record and no people: it says it needs a host.
    void qiankun.mount({ container })
  }
}

/**
 * How the entry loader in index.html (build/qiankun-entry.ts) finds this module's hooks: by the URL
 * it imported, so two builds on one page never mix. An app build keeps no entry exports, hence the
 * registry: a non-enumerable symbol on the window, invisible to qiankun's search for a new global.
 */
const REGISTRY = Symbol.for(__APP_NAME__)
type Registry = Map<string, { qiankun: typeof qiankun, start: typeof start }>
const holder = window as unknown as Record<symbol, Registry | undefined>
if (!holder[REGISTRY])
  Object.defineProperty(window, REGISTRY, { value: new Map(), configurable: true })
holder[REGISTRY]?.set(import.meta.url, { qiankun, start })
