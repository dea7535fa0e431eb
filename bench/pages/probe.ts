/**
 * Timing helpers the benchmark pages carry, on `window.__bench`. Times are `performance.now()`
 * values; an event's own `timeStamp` is on the same clock, so "from the click" means from the
 * moment the browser created the click, not from when a test tool got round to noting it.
 */

export interface BridgeCallTiming {
  name: string
  /** When the page called `WeixinJSBridge.invoke`. */
  at: number
  /** The client's answer, once it came (`openExistedChatWithMsg:ok`, …). */
  errMsg?: string
}

export interface Measured {
  /** The starting event's `timeStamp`. */
  start: number
  /** Just after the first frame painted once `ready()` held. */
  painted: number
}

export interface BenchProbe {
  /** `timeStamp` of the last click anywhere in the page. */
  lastClick?: number
  /** Every `WeixinJSBridge.invoke` call, when the WeCom simulator is on. */
  bridgeCalls: BridgeCallTiming[]
  /** Named moments a page notes itself (the reference page: each backend answer). */
  marks: { name: string, at: number }[]
  /** Resolves just after the first painted frame in which `ready()` holds. */
  paintedWhen: (ready: () => boolean, timeoutMs?: number) => Promise<number>
  /**
   * Arms one measurement: from the next `start` event (its `timeStamp`) to the first paint, after
   * the next `settle` event, in which `ready()` holds. The result lands in `measured`.
   */
  measureNext: (start: string, settle: string, ready?: () => boolean) => void
  measured?: Measured | Error
  /**
   * Time-stamps every `WeixinJSBridge.invoke` call into `bridgeCalls`, once a WeCom client
   * simulator has put a bridge on the page. The bridge object is changed in place, so code that
   * already holds it is timed too.
   */
  timeBridgeCalls: () => void
  /** Every long task (> 50 ms) the page had, from PerformanceObserver 'longtask'. */
  longTasks: { start: number, duration: number }[]
  /** The longest task that started at or after `since` (0 when none was long). */
  longestSince: (since: number) => number
}

type BridgeCallback = (result: Record<string, unknown>) => void
type Bridge = { invoke: (name: string, params?: unknown, callback?: BridgeCallback) => void }

declare global {
  interface Window {
    __bench: BenchProbe
  }
}

/**
 * rAF runs before the frame's style, layout and paint; a message posted from it runs once that
 * frame is done. So the message marks "painted", without the extra frame a double rAF would add.
 */
function paintedWhen(ready: () => boolean, timeoutMs = 10_000): Promise<number> {
  const deadline = performance.now() + timeoutMs
  return new Promise((resolve, reject) => {
    const frame = () => {
      if (!ready()) {
        if (performance.now() > deadline)
          reject(new Error('bench: the page never reached the awaited state'))
        else
          requestAnimationFrame(frame)
        return
      }
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    }
    requestAnimationFrame(frame)
  })
}

export function installProbe(): BenchProbe {
  const probe: BenchProbe = {
    bridgeCalls: [],
    marks: [],
    longTasks: [],
    longestSince: since => Math.max(0, ...probe.longTasks.filter(t => t.start + t.duration >= since).map(t => t.duration)),
    paintedWhen,
    measureNext(start, settle, ready = () => true) {
      probe.measured = undefined
      let startedAt: number | undefined
      window.addEventListener(start, (event) => {
        startedAt = event.timeStamp
      }, { capture: true, once: true })
      window.addEventListener(settle, () => {
        const begun = startedAt
        if (begun === undefined) {
          probe.measured = new Error(`bench: "${settle}" came before "${start}"`)
          return
        }
        paintedWhen(ready).then(
          painted => (probe.measured = { start: begun, painted }),
          (error: Error) => (probe.measured = error),
        )
      }, { capture: true, once: true })
    },
    timeBridgeCalls() {
      const bridge = (window as unknown as { WeixinJSBridge?: Bridge }).WeixinJSBridge
      if (!bridge)
        throw new Error('bench: no WeixinJSBridge on this page (is the WeCom simulator on?)')
      const invoke = bridge.invoke.bind(bridge)
      bridge.invoke = (name, params, callback) => {
        const call: BridgeCallTiming = { name, at: performance.now() }
        probe.bridgeCalls.push(call)
        invoke(name, params, (result) => {
          call.errMsg = String(result.err_msg)
          callback?.(result)
        })
      }
    },
  }
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
  }
  window.addEventListener('click', event => (probe.lastClick = event.timeStamp), { capture: true })
  window.__bench = probe
  return probe
}
