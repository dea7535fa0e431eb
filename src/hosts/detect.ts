/**
 * Which iframe host runs this window, from what wujie 1.0 and micro-app 1.0 put on it. Small and
 * eager; the adapters themselves are a chunk loaded only under those hosts.
 */
export type HostKind = 'wujie' | 'micro-app' | 'none'

function isWujie(win: Window): boolean {
  const w = win as Window & { __POWERED_BY_WUJIE__?: unknown, __WUJIE?: { mount?: unknown } }
  return w.__POWERED_BY_WUJIE__ === true && typeof w.__WUJIE?.mount === 'function'
}

function isMicroApp(win: Window): boolean {
  const w = win as Window & { __MICRO_APP_ENVIRONMENT__?: unknown, microApp?: { getData?: unknown } }
  return w.__MICRO_APP_ENVIRONMENT__ === true && typeof w.microApp?.getData === 'function'
}

/** The iframe host framework running this window, if any (qiankun is recognised by the entry loader). */
export function detectFrameHost(win: Window): HostKind {
  if (isWujie(win))
    return 'wujie'
  if (isMicroApp(win))
    return 'micro-app'
  return 'none'
}
