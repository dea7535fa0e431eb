import { describe, expect, it, vi } from 'vitest'
import { detectFrameHost } from '@/hosts/detect'
import { startMicroApp } from '@/hosts/micro-app'
import { startWujie } from '@/hosts/wujie'
import { fakeHost, fakeLifecycles, frame } from '../helpers/frames'

describe('detectFrameHost', () => {
  it('tells wujie, micro-app and neither apart', () => {
    expect(detectFrameHost(frame({ __POWERED_BY_WUJIE__: true, __WUJIE: { mount() {} } }))).toBe('wujie')
    expect(detectFrameHost(frame({ __MICRO_APP_ENVIRONMENT__: true, microApp: { getData: () => ({}) } }))).toBe('micro-app')
    expect(detectFrameHost(window)).toBe('none')
  })
})

describe('wujie', () => {
  it('defines the hooks, asks wujie to mount, reads $wujie.props at every mount', async () => {
    const lifecycles = fakeLifecycles()
    const host = fakeHost()
    const props = { bizId: '1' }
    const wujieMount = vi.fn()
    const win = frame({ __POWERED_BY_WUJIE__: true, $wujie: { props }, __WUJIE: { id: 'w1', mount: wujieMount } })
    startWujie(win as never, lifecycles, host)
    expect(wujieMount).toHaveBeenCalledOnce()
    ;(win.__WUJIE_MOUNT as () => void)()
    expect(lifecycles.mount).toHaveBeenCalledWith(expect.objectContaining({ bizId: '1', name: 'wujie:w1', container: win.document.body }))
    ;(win.$wujie as { props: unknown }).props = { bizId: '2' }
    await (win.__WUJIE_UNMOUNT as () => Promise<void>)()
    expect(lifecycles.unmount).toHaveBeenCalledWith({ name: 'wujie:w1' })
    expect(host.dispose).toHaveBeenCalled()
    ;(win.__WUJIE_MOUNT as () => void)()
    expect(lifecycles.mount).toHaveBeenLastCalledWith(expect.objectContaining({ bizId: '2' }))
  })

  it('unmounts when the frame goes away without an unmount (alive: true, then destroyApp)', () => {
    const lifecycles = fakeLifecycles()
    const win = frame({ __POWERED_BY_WUJIE__: true, $wujie: { props: {} }, __WUJIE: { id: 'w2', mount() {} } })
    startWujie(win as never, lifecycles, fakeHost())
    ;(win.__WUJIE_MOUNT as () => void)()
    win.dispatchEvent(new Event('pagehide'))
    expect(lifecycles.unmount).toHaveBeenCalledWith({ name: 'wujie:w2' })
  })
})

describe('micro-app', () => {
  it('mounts with getData(), updates on setData, unmounts on the unmount event', () => {
    const lifecycles = fakeLifecycles()
    const host = fakeHost()
    let listener: ((data: unknown) => void) | undefined
    const api = {
      getData: () => ({ bizId: '1' }),
      addDataListener: vi.fn((l: (data: unknown) => void) => {
        listener = l
      }),
      removeDataListener: vi.fn(),
    }
    const win = frame({ __MICRO_APP_ENVIRONMENT__: true, __MICRO_APP_NAME__: 'm1', microApp: api })
    startMicroApp(win as never, lifecycles, host)
    expect(lifecycles.mount).toHaveBeenCalledWith(expect.objectContaining({ bizId: '1', name: 'micro-app:m1' }))
    listener?.({ bizId: '2' })
    expect(lifecycles.update).toHaveBeenCalledWith(expect.objectContaining({ bizId: '2', name: 'micro-app:m1' }))
    win.dispatchEvent(new Event('unmount'))
    expect(lifecycles.unmount).toHaveBeenCalledWith({ name: 'micro-app:m1' })
    expect(api.removeDataListener).toHaveBeenCalledWith(listener)
    expect(host.dispose).toHaveBeenCalled()
  })

  it('unmounts through micro-app\'s window.onunmount hook, once', () => {
    const lifecycles = fakeLifecycles()
    const api = { getData: () => ({}), addDataListener: vi.fn(), removeDataListener: vi.fn() }
    const win = frame({ __MICRO_APP_ENVIRONMENT__: true, __MICRO_APP_NAME__: 'm2', microApp: api })
    startMicroApp(win as never, lifecycles, fakeHost())
    ;(win.onunmount as () => void)()
    win.dispatchEvent(new Event('unmount'))
    expect(lifecycles.unmount).toHaveBeenCalledOnce()
    expect(win.onunmount).toBeUndefined()
  })
})
