import type { Lifecycles } from '@/lifecycles'
import { isMicroApp, startMicroApp } from './micro-app'
import { frameHost } from './page'
import { isWujie, startWujie } from './wujie'

export type HostKind = 'wujie' | 'micro-app' | 'none'

/** The iframe host framework running this window, if any (qiankun is recognised by the entry loader). */
export function detectFrameHost(win: Window): HostKind {
  if (isWujie(win))
    return 'wujie'
  if (isMicroApp(win))
    return 'micro-app'
  return 'none'
}

/**
 * Starts the module under wujie or micro-app, mapped onto the same lifecycles qiankun gets.
 * @param create makes lifecycles with the frame's instance options
 * @returns false when no such host runs us
 */
export function startInFrameHost(win: Window, create: (host: ReturnType<typeof frameHost>) => Lifecycles): boolean {
  if (isWujie(win)) {
    const host = frameHost(win)
    startWujie(win, create(host), host)
    return true
  }
  if (isMicroApp(win)) {
    const host = frameHost(win)
    startMicroApp(win, create(host), host)
    return true
  }
  return false
}
