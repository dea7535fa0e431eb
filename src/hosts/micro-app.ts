import type { FrameHost } from './page'
import type { Lifecycles } from '@/lifecycles'

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
 */
export function startMicroApp(frame: Window, lifecycles: Lifecycles, host: FrameHost): void {
  const win = frame as MicroAppWindow
  const api = win.microApp
  if (!api)
    return
  const name = `micro-app:${win.__MICRO_APP_NAME__ ?? 'app'}`
  const container = win.document.body
  const onData: DataListener = data => void lifecycles.update(host.props(data, { name, container }))
  void lifecycles.mount(host.props(api.getData(), { name, container }))
  api.addDataListener(onData)
  let done = false
  const end = () => {
    if (done)
      return
    done = true
    win.removeEventListener('unmount', end)
    if (win.onunmount === end)
      delete win.onunmount
    api.removeDataListener(onData)
    host.dispose()
    void lifecycles.unmount({ name })
  }
  win.onunmount = end
  win.addEventListener('unmount', end)
}
