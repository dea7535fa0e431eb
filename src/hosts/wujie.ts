import type { FrameHost } from './page'
import type { Lifecycles } from '@/runtime/lifecycles'

/** What wujie 1.0 puts on the window of the iframe it runs us in. */
interface WujieWindow extends Window {
  __POWERED_BY_WUJIE__?: boolean
  $wujie?: { props?: unknown }
  __WUJIE?: { id?: string, mount: () => void }
  __WUJIE_MOUNT?: () => void
  __WUJIE_UNMOUNT?: () => Promise<void>
  /** The frame's own constructor, whose prototype wujie leaves alone. */
  Window?: typeof Window
}

/**
 * wujie calls `__WUJIE_MOUNT` / `__WUJIE_UNMOUNT` (the latter not with `alive: true`) and gives the
 * host's props as `window.$wujie.props`, read again at every mount. Our module arrives after wujie
 * ran the entry's scripts, so we define the hooks and ask wujie to mount (its API for apps that
 * render asynchronously). With `alive: true` the frame is dropped without an unmount: its `pagehide`
 * unmounts us, so nothing of ours stays on the host page.
 *
 * With `alive: true` a later `startApp` with the same name re-activates the kept app with no new
 * mount: wujie only replaces `window.$wujie.props`. That assignment is our update (see
 * docs/host-guide.md, "Keep-alive hosts"): without it the module would act on the old record.
 */
export function startWujie(win: Window, lifecycles: Lifecycles, host: FrameHost): void {
  const w = win as WujieWindow
  const wujie = w.__WUJIE
  if (!wujie)
    return
  const name = `wujie:${wujie.id ?? 'app'}`
  const container = win.document.body
  let mounted = false
  w.__WUJIE_MOUNT = () => {
    mounted = true
    void lifecycles.mount(host.props(w.$wujie?.props, { name, container }))
  }
  w.__WUJIE_UNMOUNT = async () => {
    mounted = false
    host.dispose()
    await lifecycles.unmount({ name })
  }
  followProps(w, (props) => {
    if (mounted)
      void lifecycles.update(host.props(props, { name, container }))
  })
  // wujie redirects most window listeners to the host window; the frame's own prototype does not.
  const addListener = w.Window?.prototype.addEventListener ?? win.addEventListener
  addListener.call(win, 'pagehide', () => {
    if (mounted)
      void lifecycles.unmount({ name })
    host.dispose()
  }, { once: true })
  wujie.mount()
}

/** Calls `onChange` whenever wujie assigns new props to `window.$wujie.props` (a keep-alive re-activation). */
function followProps(w: WujieWindow, onChange: (props: unknown) => void): void {
  const holder = w.$wujie
  if (!holder || typeof holder !== 'object')
    return
  let current = holder.props
  Object.defineProperty(holder, 'props', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set(next: unknown) {
      const changed = next !== current
      current = next
      if (changed)
        onChange(next)
    },
  })
}
