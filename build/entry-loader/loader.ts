/**
 * The entry loader that build/qiankun-entry.ts compiles, minifies and writes into index.html as an
 * inline script. It runs synchronously against whatever `window` the host evaluates it with:
 * qiankun's sandbox proxy, or the real window (`sandbox: false`, wujie, micro-app, standalone).
 * It must stay one self-contained function: it is sent to the page as its own source text.
 */

/** What the build fills in: the module and the language chunks, relative to index.html. */
export interface LoaderConfig {
  src: string
  appName: string
  /** Each language's messages chunk, relative to the module, fetched beside it so mount() never waits for it. */
  locales: Record<string, string>
  /** Used when the host asks for no (or an unknown) language. */
  defaultLocale: string
}

type Props = { locale?: unknown } | undefined
type Hook = (props?: Props) => Promise<unknown>
type Lifecycles = Record<'bootstrap' | 'mount' | 'update' | 'unmount', Hook>

export interface LoaderGlobal {
  [key: string]: unknown
  __POWERED_BY_QIANKUN__?: boolean
  __INJECTED_PUBLIC_PATH_BY_QIANKUN__?: string
  __MICRO_APP_PUBLIC_PATH__?: string
  __WUJIE?: { url?: string }
  $wujie?: { props?: Props }
  microApp?: { getData?: () => Props }
}

/** @public Read as source by build/qiankun-entry.ts, which compiles it into the inline script. */
export function entryLoader(global: LoaderGlobal, config: LoaderConfig): void {
  // The module registers its hooks by its own URL (an app build keeps no entry exports): see src/main.ts.
  const moduleUrl = (base: string | undefined) => new URL(config.src, base || document.baseURI).href
  function load(base: string | undefined): Promise<{ qiankun: Lifecycles, start: () => void }> {
    const url = moduleUrl(base)
    return import(url).then(() => {
      const registry = (window as unknown as Record<symbol, Map<string, { qiankun: Lifecycles, start: () => void }> | undefined>)[Symbol.for(config.appName)]
      const hooks = registry && registry.get(url)
      if (!hooks)
        throw new Error(`${config.appName}: the entry module registered no lifecycles at ${url}`)
      return hooks
    })
  }

  // The language chunk is requested beside the module: the module's own import of it later finds
  // the same URL in flight (or done), never a second request. A failure is the module's to handle.
  let fetched = ''
  function preloadLocale(base: string | undefined, props: () => Props): void {
    let wanted: unknown
    try {
      wanted = props()?.locale
    }
    catch {
      // A throwing getter is reported by the module's props check.
    }
    const chunk = config.locales[typeof wanted === 'string' && config.locales[wanted] ? wanted : config.defaultLocale]
    if (!chunk || chunk === fetched)
      return
    fetched = chunk
    import(new URL(chunk, moduleUrl(base)).href).catch(() => {})
  }

  if (!global.__POWERED_BY_QIANKUN__) {
    const wujie = global.__WUJIE
    const base = (wujie && wujie.url) || global.__MICRO_APP_PUBLIC_PATH__
    // wujie and micro-app hold the host's props already; a page on its own speaks the default.
    preloadLocale(base, () => global.$wujie?.props ?? global.microApp?.getData?.())
    // No host to tell: say it in the console, never as an unhandled rejection in the host's page.
    load(base).then(m => m.start()).catch((error: unknown) => console.error(error))
    return
  }
  const base = global.__INJECTED_PUBLIC_PATH_BY_QIANKUN__
  const key = `${config.appName}:${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`
  const ready = load(base).then(m => m.qiankun)
  ready.catch(() => {})
  function hook(name: keyof Lifecycles): Hook {
    return (props) => {
      // qiankun calls bootstrap with the host's props long before the module has arrived.
      preloadLocale(base, () => props)
      return ready.then(lc => lc[name](props))
    }
  }
  const unmount = hook('unmount')
  global[key] = {
    bootstrap: hook('bootstrap'),
    mount: hook('mount'),
    update: hook('update'),
    unmount(props?: Props) {
      // Without a sandbox nothing else removes it; single-spa keeps its own reference for a remount.
      try {
        delete global[key]
      }
      catch {}
      return unmount(props)
    },
  } satisfies Lifecycles
}
