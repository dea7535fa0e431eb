import type { FrameHost } from './page'
import type { Lifecycles } from '@/runtime/lifecycles'

type DataListener = (data: unknown) => void

/** What micro-app 1.0 puts on the window of the iframe sandbox it runs us in. */
interface MicroAppWindow extends Window {
  __MICRO_APP_ENVIRONMENT__?: boolean
  __MICRO_APP_NAME__?: string
  /** micro-app's global hook, called when the app unmounts. */
  onunmount?: () => void
  microApp?: {
    getData: () => unknown
    addDataListener: (listener: DataListener, autoTrigger?: boolean) => void
    removeDataListener: (listener: DataListener) => void
  }
}

/**
 * micro-app gives the host's props as the app's data (`microApp.setData(name, props)`): read at
 * start, a later `setData` is an update (the full set, as under qiankun), and its unmount ends the
 * instance. Under the iframe sandbox of 1.0.0-rc.30 the `unmount` event is dispatched under another
 * name than a listener for `unmount` gets (measured: it never arrives), so the global hook
 * `window.onunmount`, which micro-app calls in every sandbox, is what we rely on; the event stays
 * as a second way in.
 *
 * Under `keep-alive` the element is removed and re-inserted, and micro-app drops our data listener
 * while the app is hidden: a `setData` then (or just before re-insertion) never reaches it. So the
 * data is read again when the app is shown (`appstate-change`) and before anything the user does
 * in it (a press or a key), and applied when it differs: the module always acts on the latest props.
 */
export function startMicroApp(frame: Window, lifecycles: Lifecycles, host: FrameHost): void {
  const win = frame as MicroAppWindow
  const api = win.microApp
  if (!api)
    return
  const name = `micro-app:${win.__MICRO_APP_NAME__ ?? 'app'}`
  const container = win.document.body
  let seen = api.getData()
  const onData: DataListener = (data) => {
    seen = data
    void lifecycles.update(host.props(data, { name, container }))
  }
  const sync = () => {
    const data = api.getData()
    if (!sameProps(data, seen))
      onData(data)
  }
  const syncEvents = ['pointerdown', 'keydown', 'focusin'] as const
  // micro-app names the event after the app under the iframe sandbox; listen for both spellings.
  const shownEvents = ['appstate-change', `appstate-change-${win.__MICRO_APP_NAME__ ?? ''}`]
  void lifecycles.mount(host.props(seen, { name, container }))
  api.addDataListener(onData)
  syncEvents.forEach(type => container.addEventListener(type, sync, true))
  shownEvents.forEach(type => win.addEventListener(type, sync))
  let done = false
  const end = () => {
    if (done)
      return
    done = true
    win.removeEventListener('unmount', end)
    if (win.onunmount === end)
      delete win.onunmount
    api.removeDataListener(onData)
    syncEvents.forEach(type => container.removeEventListener(type, sync, true))
    shownEvents.forEach(type => win.removeEventListener(type, sync))
    host.dispose()
    void lifecycles.unmount({ name })
  }
  win.onunmount = end
  win.addEventListener('unmount', end)
}

/** micro-app merges each `setData` into a new object: the same keys with the same values is the same props. */
function sameProps(a: unknown, b: unknown): boolean {
  if (a === b)
    return true
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object')
    return false
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = Object.keys(x)
  return keys.length === Object.keys(y).length && keys.every(key => Object.is(x[key], y[key]))
}
