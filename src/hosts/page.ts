import type { InstanceOptions } from '@/runtime/instance'
import type { LifecycleProps } from '@/runtime/lifecycles'
import type { SharedBridge } from './bridge'
import { loadWeComSdk } from '@/wecom/sdk'

/** The backend's base when a host gives none (docs/host-guide.md; applied by src/api/client.ts). */
const DEFAULT_API_BASE_URL = '/api'

/**
 * The page the user is on. wujie and micro-app run our code in a same-origin iframe: the page the
 * WeCom client shows, signs and bridges is the top one. Falls back to our own window.
 */
export function hostPage(win: Window): Window {
  try {
    const top = win.top
    if (top && top !== win && typeof top.location.href === 'string')
      return top
  }
  catch {
    // A cross-origin top: nothing of it is ours to read.
  }
  return win
}

export interface FrameHost {
  /** What every instance in this frame is created with. */
  options: InstanceOptions
  /** The host's props as the module must read them: a relative `apiBaseUrl` is the host page's. */
  props: (hostProps: unknown, extra: Pick<LifecycleProps, 'name' | 'container'>) => LifecycleProps
  /** Ends what the frame holds on the host page (on every unmount; a remount starts afresh). */
  dispose: () => void
}

/** Maps an iframe host onto the instance API: the page's URL is signed and linked, its bridge used. */
export function frameHost(win: Window, page: Window = hostPage(win)): FrameHost {
  let bridge: SharedBridge | undefined
  /** A new one on every unmount: a load that outlived its instance adds nothing to the page. */
  let life = {}
  return {
    options: {
      location: page.location,
      // Only inside WeCom, like the SDK itself: a browser never downloads the bridge code.
      loadSdk: async () => {
        const started = life
        const { shareBridge } = await import('./bridge')
        if (started !== life)
          throw new Error('wecom-group-chat: unmounted while loading the JS-SDK')
        bridge ??= shareBridge(win, page)
        await bridge.ready()
        return loadWeComSdk(page.location)
      },
    },
    props: (hostProps, extra) => onPage(hostProps, page.location, extra),
    dispose: () => {
      life = {}
      bridge?.dispose()
      bridge = undefined
    },
  }
}

/**
 * A view of the host's props (read lazily, each key when the module reads it) in which the API base
 * is absolute against the host page, plus the lifecycle's own name and container.
 */
export function onPage(hostProps: unknown, page: Pick<Location, 'href'>, extra: Pick<LifecycleProps, 'name' | 'container'>): LifecycleProps {
  const target: object = hostProps && typeof hostProps === 'object' ? hostProps : {}
  return new Proxy(target, {
    get(t, key) {
      if (key === 'name' || key === 'container')
        return extra[key]
      const value: unknown = Reflect.get(t, key)
      if (key !== 'apiBaseUrl')
        return value
      const base = typeof value === 'string' && value !== '' ? value : DEFAULT_API_BASE_URL
      try {
        return new URL(base, page.href).href
      }
      catch {
        return value
      }
    },
  }) as LifecycleProps
}
