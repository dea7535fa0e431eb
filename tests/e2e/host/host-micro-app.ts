/**
 * An example host portal on micro-app 1.0: `<micro-app name url iframe>` (Vite apps need the
 * `iframe` sandbox), the props as the app's data with `microApp.setData(name, props)` (a later
 * `setData` is an update), and removing the element unmounts. `?keepAlive=1` adds `keep-alive`:
 * removing the element then hides the app, kept alive, and putting it back shows it again.
 */
import type { GroupChatAppProps } from '../../../src/contract'
import microApp from '@micro-zoe/micro-app'
import { startFrameHost } from './frame-host'

microApp.start()

const elements = new Map<string, HTMLElement>()
const keepAlive = new URLSearchParams(location.search).get('keepAlive') === '1'
/** Where a hidden keep-alive app's element goes back. */
const homes = new Map<string, HTMLElement>()

void startFrameHost({
  async mount(name, url, container, props: GroupChatAppProps) {
    microApp.setData(name, props as unknown as Record<string, unknown>)
    const app = document.createElement('micro-app')
    app.setAttribute('name', name)
    app.setAttribute('url', url)
    app.setAttribute('iframe', '')
    if (keepAlive)
      app.setAttribute('keep-alive', '')
    const mounted = new Promise<void>((resolve, reject) => {
      app.addEventListener('mounted', () => resolve(), { once: true })
      app.addEventListener('error', event => reject(new Error(`micro-app: ${String((event as unknown as CustomEvent<{ error?: unknown }>).detail?.error ?? 'error')}`)), { once: true })
    })
    elements.set(name, app)
    homes.set(name, container)
    container.append(app)
    await mounted
  },
  async update(name, props) {
    microApp.setData(name, props as unknown as Record<string, unknown>)
  },
  async detach(name) {
    const app = elements.get(name)
    const hidden = new Promise<void>(resolve => app?.addEventListener('afterhidden', () => resolve(), { once: true }))
    app?.remove()
    await hidden
  },
  async attach(name) {
    const app = elements.get(name)
    const shown = new Promise<void>(resolve => app?.addEventListener('aftershow', () => resolve(), { once: true }))
    if (app)
      homes.get(name)?.append(app)
    await shown
  },
  async unmount(name) {
    const app = elements.get(name)
    elements.delete(name)
    if (!app)
      return
    const unmounted = new Promise<void>(resolve => app.addEventListener('unmount', () => resolve(), { once: true }))
    app.remove()
    await unmounted
  },
})
