import { describe, expect, it, vi } from 'vitest'
import { frameHost, hostPage, onPage } from '@/hosts/page'

const PAGE = { href: 'https://portal.example.com/orders/42?tab=1#chat' }

describe('onPage: the host props as an iframe-hosted module reads them', () => {
  it('resolves a relative apiBaseUrl against the host page', () => {
    expect(onPage({ apiBaseUrl: '/gateway/api' }, PAGE, {}).apiBaseUrl).toBe('https://portal.example.com/gateway/api')
    expect(onPage({ apiBaseUrl: 'api' }, PAGE, {}).apiBaseUrl).toBe('https://portal.example.com/orders/api')
  })

  it('gives the default /api on the host page when there is none', () => {
    expect(onPage({}, PAGE, {}).apiBaseUrl).toBe('https://portal.example.com/api')
    expect(onPage(undefined, PAGE, {}).apiBaseUrl).toBe('https://portal.example.com/api')
  })

  it('leaves an absolute apiBaseUrl and every other prop as the host gave them', () => {
    const onCreated = () => {}
    const props = onPage({ apiBaseUrl: 'https://api.example.com/v1', bizId: '42', onCreated }, PAGE, {})
    expect(props.apiBaseUrl).toBe('https://api.example.com/v1')
    expect(props.bizId).toBe('42')
    expect(props.onCreated).toBe(onCreated)
  })

  it('carries the lifecycle name and container, not the host\'s', () => {
    const container = document.createElement('div')
    const props = onPage({ name: 'theirs', container: 'nope' }, PAGE, { name: 'ours', container })
    expect(props.name).toBe('ours')
    expect(props.container).toBe(container)
  })

  it('reads a prop when the module reads it: a later change on the host object shows', () => {
    const host: Record<string, unknown> = { bizId: '1' }
    const props = onPage(host, PAGE, {})
    host.bizId = '2'
    expect(props.bizId).toBe('2')
  })
})

describe('hostPage', () => {
  it('is our own window when we are the top page', () => {
    expect(hostPage(window)).toBe(window)
  })

  it('is the top window from a same-origin iframe', () => {
    const top = { location: PAGE } as unknown as Window
    const frame = { top } as unknown as Window
    expect(hostPage(frame)).toBe(top)
  })

  it('is our own window when the top is another origin', () => {
    const top = { get location(): Location { throw new DOMException('cross-origin', 'SecurityError') } } as unknown as Window
    const frame = { top } as unknown as Window
    expect(hostPage(frame)).toBe(frame)
  })

  it('signs and links the page: its location goes to every instance', () => {
    const page = { location: PAGE } as unknown as Window
    expect(frameHost(window, page).options.location).toBe(PAGE)
  })

  it('hands each instance the host\'s props as seen from the page, with the lifecycle\'s name and container', () => {
    const page = { location: PAGE } as unknown as Window
    const container = document.createElement('div')
    const props = frameHost(window, page).props({ apiBaseUrl: '/api', bizId: 'R1', name: 'host-name' }, { name: 'wujie:w', container })
    expect([props.apiBaseUrl, props.bizId, props.name, props.container]).toEqual([new URL('/api', PAGE.href).href, 'R1', 'wujie:w', container])
  })
})

describe('frameHost: the SDK load of an iframe host', () => {
  it('a load that outlives its instance (unmounted meanwhile) links nothing into the frame', async () => {
    const iframe = document.createElement('iframe')
    document.body.append(iframe)
    const frame = iframe.contentWindow as Window & { WeixinJSBridge?: unknown }
    const page = window as Window & { WeixinJSBridge?: unknown }
    page.WeixinJSBridge = { invoke: vi.fn() }
    try {
      const host = frameHost(frame, page)
      const loading = host.options.loadSdk!()
      host.dispose()
      await expect(loading).rejects.toThrow(/unmounted while loading/)
      expect(frame.WeixinJSBridge).toBeUndefined()
    }
    finally {
      delete page.WeixinJSBridge
      iframe.remove()
    }
  })
})
