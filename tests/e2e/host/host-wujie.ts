/**
 * An example host portal on wujie 1.0: `startApp({ name, url, el, props, alive })` and
 * `destroyApp(name)`. The module reads the props from `window.$wujie.props` and mounts through
 * `__WUJIE_MOUNT`; with `alive: false` a second `startApp` remounts it with the new props.
 * `?alive=1` keeps the app alive (wujie then never unmounts it; `destroyApp` drops its frame).
 */
import type { GroupChatAppProps } from '../../../src/contract'
import { destroyApp, startApp } from 'wujie'
import { startFrameHost } from './frame-host'

const alive = new URLSearchParams(location.search).get('alive') === '1'

/**
 * Test scaffolding, not for a real portal: the mock backend is a service worker on this page, and
 * wujie's iframe is not one of its clients, so its requests would pass it by. Give the app's frame
 * this page's XMLHttpRequest so the mock sees them. A portal with a real backend needs none of this
 * (the module already sends a relative `apiBaseUrl` to this page's origin; micro-app's frame, which
 * the worker does control, tests that).
 */
const plugins = [{
  jsBeforeLoaders: [{
    callback: (appWindow: Window) => {
      Object.assign(appWindow, { XMLHttpRequest: window.XMLHttpRequest })
    },
  }],
}]
const started = new Map<string, { url: string, el: HTMLElement }>()

async function mount(name: string, url: string, el: HTMLElement, props: GroupChatAppProps): Promise<void> {
  started.set(name, { url, el })
  await startApp({ name, url, el, props: props as unknown as Record<string, unknown>, alive, sync: false, plugins })
}

void startFrameHost({
  mount,
  async update(name, props) {
    const app = started.get(name)
    if (!app)
      throw new Error(`host: no started app named ${name}`)
    // wujie has no update: starting it again hands over the new props (and remounts unless alive).
    await mount(name, app.url, app.el, props)
  },
  async unmount(name) {
    started.delete(name)
    destroyApp(name)
  },
})
