import type { FrameHost } from './page'
import type { Lifecycles } from '@/lifecycles'

type DataListener = (data: unknown) => void

/** What micro-app 1.0 puts on the window of the iframe sandbox it runs us in. */
export interface MicroAppWindow extends Window {
  __MICRO_APP_ENVIRONMENT__?: boolean
  __MICRO_APP_NAME__?: string
  microApp?: {
    getData: () => unknown
    addDataListener: (listener: DataListener, autoTrigger?: boolean) => void
    removeDataListener: (listener: DataListener) => void
  }
}

export function isMicroApp(win: Window): win is MicroAppWindow {
  const w = win as MicroAppWindow
  return w.__MICRO_APP_ENVIRONMENT__ === true && typeof w.microApp?.getData === 'function'
}

/**
 * micro-app gives the host's props as the app's data (`microApp.setData(name, props)`): read at
 * start, a later `setData` is an update (the full set, as under qiankun), and the `unmount` event
 * on our window ends the instance.
 */
export function startMicroApp(win: MicroAppWindow, lifecycles: Lifecycles, host: FrameHost): void {
  const api = win.microApp
  if (!api)
    return
  const name = `micro-app:${win.__MICRO_APP_NAME__ ?? 'app'}`
  const container = win.document.body
  const onData: DataListener = data => void lifecycles.update(host.props(data, { name, container }))
  void lifecycles.mount(host.props(api.getData(), { name, container }))
  api.addDataListener(onData)
  win.addEventListener('unmount', () => {
    api.removeDataListener(onData)
    host.dispose()
    void lifecycles.unmount({ name })
  }, { once: true })
}
