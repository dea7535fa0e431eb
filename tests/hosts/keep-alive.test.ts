import { describe, expect, it, vi } from 'vitest'
import { startMicroApp } from '@/hosts/micro-app'
import { startWujie } from '@/hosts/wujie'
import { fakeHost, fakeLifecycles, frame } from '../helpers/frames'

const host = fakeHost()

describe('keep-alive hosts follow the latest props', () => {
  it('wujie alive: a later startApp replacing $wujie.props is an update, with no new mount', () => {
    const lifecycles = fakeLifecycles()
    const wujie = { props: { bizId: 'A' } }
    const win = frame({ __POWERED_BY_WUJIE__: true, $wujie: wujie, __WUJIE: { id: 'w', mount: () => (win.__WUJIE_MOUNT as () => void)() } })
    startWujie(win as never, lifecycles, host)
    expect(lifecycles.mount).toHaveBeenCalledWith(expect.objectContaining({ bizId: 'A' }))
    // What wujie's sandbox.active() does on re-activation: `this.provide.props = props`.
    wujie.props = { bizId: 'B' }
    expect(lifecycles.update).toHaveBeenCalledOnce()
    expect(lifecycles.update).toHaveBeenCalledWith(expect.objectContaining({ bizId: 'B', name: 'wujie:w' }))
    expect(wujie.props).toEqual({ bizId: 'B' })
    wujie.props = wujie.props
    expect(lifecycles.update).toHaveBeenCalledOnce()
    expect(lifecycles.mount).toHaveBeenCalledOnce()
  })

  it('micro-app keep-alive: data set while hidden is applied when the app is shown, and before the user acts', () => {
    const lifecycles = fakeLifecycles()
    let data: Record<string, unknown> = { bizId: 'A', onCreated: () => {} }
    const api = { getData: () => data, addDataListener: vi.fn(), removeDataListener: vi.fn() }
    const win = frame({ __MICRO_APP_ENVIRONMENT__: true, __MICRO_APP_NAME__: 'm', microApp: api })
    startMicroApp(win as never, lifecycles, host)
    // The listener was dropped while hidden: setData changed the data without telling us.
    data = { ...data, bizId: 'B' }
    win.dispatchEvent(new CustomEvent('appstate-change-m', { detail: { appState: 'aftershow' } }))
    expect(lifecycles.update).toHaveBeenCalledWith(expect.objectContaining({ bizId: 'B' }))
    // The same keys and values again (micro-app merges into a new object): no update.
    data = { ...data }
    win.dispatchEvent(new CustomEvent('appstate-change', { detail: { appState: 'aftershow' } }))
    expect(lifecycles.update).toHaveBeenCalledOnce()
    data = { ...data, bizId: 'C' }
    win.document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    expect(lifecycles.update).toHaveBeenLastCalledWith(expect.objectContaining({ bizId: 'C' }))
  })
})
