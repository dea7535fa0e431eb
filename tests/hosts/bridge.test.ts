import { afterEach, describe, expect, it, vi } from 'vitest'
import { shareBridge } from '@/hosts/bridge'

type BridgeWindow = Window & { WeixinJSBridge?: unknown }

const frames: HTMLIFrameElement[] = []
function frameWindow(): BridgeWindow {
  const frame = document.createElement('iframe')
  document.body.append(frame)
  frames.push(frame)
  return frame.contentWindow as BridgeWindow
}

afterEach(() => {
  frames.splice(0).forEach(f => f.remove())
  delete (window as BridgeWindow).WeixinJSBridge
})

describe('shareBridge: the top page\'s WeixinJSBridge seen from our frame', () => {
  it('shows the page\'s bridge through the frame\'s window', async () => {
    const bridge = { invoke: vi.fn() }
    ;(window as BridgeWindow).WeixinJSBridge = bridge
    const frame = frameWindow()
    await shareBridge(frame, window).ready()
    expect(frame.WeixinJSBridge).toBe(bridge)
  })

  it('waits for a late bridge on the page, then shows it', async () => {
    const frame = frameWindow()
    let done = false
    const ready = shareBridge(frame, window).ready().then(() => {
      done = true
    })
    await Promise.resolve()
    expect(done).toBe(false)
    const bridge = { invoke: vi.fn() }
    ;(window as BridgeWindow).WeixinJSBridge = bridge
    document.dispatchEvent(new Event('WeixinJSBridgeReady'))
    await ready
    expect(frame.WeixinJSBridge).toBe(bridge)
  })

  it('stops listening on the page when disposed', async () => {
    const remove = vi.spyOn(document, 'removeEventListener')
    const shared = shareBridge(frameWindow(), window)
    void shared.ready()
    shared.dispose()
    expect(remove).toHaveBeenCalledWith('WeixinJSBridgeReady', expect.any(Function))
  })

  it('leaves a frame that has a bridge of its own alone', async () => {
    const own = { invoke: vi.fn() }
    const frame = frameWindow()
    frame.WeixinJSBridge = own
    ;(window as BridgeWindow).WeixinJSBridge = { invoke: vi.fn() }
    await shareBridge(frame, window).ready()
    expect(frame.WeixinJSBridge).toBe(own)
  })

  it('on the top page itself: ready at once, even before the client injects its bridge, and nothing redefined', async () => {
    const listen = vi.spyOn(document, 'addEventListener')
    const ready = shareBridge(window, window).ready()
    const first = await Promise.race([ready.then(() => 'ready'), new Promise(r => setTimeout(r, 20, 'waiting'))])
    expect(first).toBe('ready')
    expect(listen).not.toHaveBeenCalledWith('WeixinJSBridgeReady', expect.anything())
    expect(Object.getOwnPropertyDescriptor(window, 'WeixinJSBridge')).toBeUndefined()
  })
})
