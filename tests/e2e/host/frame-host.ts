/**
 * What the wujie and micro-app example hosts share: the mock backend of the portal (MSW in a
 * service worker on this origin), the WeCom client simulator on this top page (`?wecom=sim`), and
 * the same `window.__host` test API as the qiankun host (host-api.ts), so specs drive all alike.
 *
 * Under these hosts the module runs in a same-origin iframe: its relative `apiBaseUrl` still
 * reaches this page's origin (the module resolves it against the top page), and in the WeCom
 * client the bridge lives on this page (the simulator installs it here only).
 */
import type { GroupChatAppProps } from '../../../src/contract'
import type { AppStatus, HostApi, HostEvent, HostEventType, LoadOptions, PropsOptions } from './host-api'
import { startMockPortal } from './mock-portal'
import { createPropsFactory } from './props-factory'

/** How one host framework mounts, updates and unmounts an app. */
export interface FrameDriver {
  mount: (name: string, entry: string, container: HTMLElement, props: GroupChatAppProps) => Promise<void>
  update: (name: string, props: GroupChatAppProps) => Promise<void>
  unmount: (name: string) => Promise<void>
  /** Keep-alive hosts: hide the kept app (remove its element) and show it again. */
  detach?: (name: string) => Promise<void>
  attach?: (name: string) => Promise<void>
}

const DEFAULT_ENTRY = __E2E_MODULE_ENTRY__

export async function startFrameHost(driver: FrameDriver): Promise<void> {
  const query = new URLSearchParams(location.search)
  const events: HostEvent[] = []
  const status = new Map<string, AppStatus>()
  const record = (type: HostEventType, name: string, payload?: unknown) => {
    events.push(payload === undefined ? { type, name, at: performance.now() } : { type, name, payload, at: performance.now() })
  }
  const buildProps = createPropsFactory(record, () => query.get('locale') ?? undefined)
  const entry = query.get('entry') ?? DEFAULT_ENTRY

  const { backend, wecom } = await startMockPortal()

  const element = (selector: string) => {
    const found = document.querySelector<HTMLElement>(selector)
    if (!found)
      throw new Error(`host: no container ${selector}`)
    return found
  }

  const api: HostApi = {
    config: { mode: 'load', router: 'history', sandbox: 'default', prefetch: false, entry, route: '/', locale: query.get('locale') ?? undefined },
    async load(name: string, container: string, options?: PropsOptions, loadOptions: LoadOptions = {}) {
      status.set(name, 'MOUNTING')
      await driver.mount(name, loadOptions.entry ?? entry, element(container), buildProps(name, options))
      status.set(name, 'MOUNTED')
      return undefined as never
    },
    update: (name, options) => driver.update(name, buildProps(name, options)),
    async unmount(name) {
      status.set(name, 'UNMOUNTING')
      await driver.unmount(name)
      status.set(name, 'NOT_MOUNTED')
    },
    app: () => undefined,
    appStatus: name => status.get(name),
    createContainer(id) {
      const card = document.createElement('section')
      card.className = 'card'
      const slot = document.createElement('div')
      slot.id = id
      slot.className = 'slot'
      card.append(slot)
      document.querySelector('#more-slots')?.append(card)
      return `#${id}`
    },
    navigate: path => history.pushState(null, '', path + location.search),
    detach: driver.detach,
    attach: driver.attach,
    events,
    lifecycle: [],
    backend,
    wecom,
  }
  window.__host = api
}
