interface BridgeWindow extends Window {
  WeixinJSBridge?: unknown
}

export interface SharedBridge {
  /** Resolves once the client's bridge is reachable from our window (waits for a late one). */
  ready: () => Promise<void>
  /** Stops waiting; what is already shared stays. */
  dispose: () => void
}

/**
 * The WeCom client injects `WeixinJSBridge` into the top page only, while an iframe host runs our
 * code (and @wecom/jssdk, which reads `window.WeixinJSBridge` of its own realm) in a frame. Show the
 * page's bridge through our window before the SDK is imported; a late bridge is awaited on the page.
 */
export function shareBridge(frame: Window, page: Window): SharedBridge {
  const own = frame as BridgeWindow
  const top = page as BridgeWindow
  let waiting: Promise<void> | undefined
  let stop = () => {}

  function link(): void {
    if (own === top || own.WeixinJSBridge !== undefined)
      return
    Object.defineProperty(own, 'WeixinJSBridge', { configurable: true, get: () => top.WeixinJSBridge })
  }

  return {
    ready() {
      if (own === top || own.WeixinJSBridge !== undefined)
        return Promise.resolve()
      if (top.WeixinJSBridge !== undefined) {
        link()
        return Promise.resolve()
      }
      waiting ??= new Promise<void>((resolve) => {
        const onReady = () => {
          stop()
          link()
          resolve()
        }
        page.document.addEventListener('WeixinJSBridgeReady', onReady)
        stop = () => page.document.removeEventListener('WeixinJSBridgeReady', onReady)
      })
      return waiting
    },
    dispose: () => stop(),
  }
}
