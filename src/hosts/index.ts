import type { HostKind } from './detect'
import type { Lifecycles } from '@/runtime/lifecycles'
import { startMicroApp } from './micro-app'
import { frameHost } from './page'
import { startWujie } from './wujie'

/**
 * Starts the module under wujie or micro-app, mapped onto the same lifecycles qiankun gets.
 * @param create makes lifecycles with the frame's instance options
 */
export function startInFrameHost(win: Window, kind: Exclude<HostKind, 'none'>, create: (host: ReturnType<typeof frameHost>) => Lifecycles): void {
  const host = frameHost(win)
  if (kind === 'wujie')
    startWujie(win, create(host), host)
  else
    startMicroApp(win, create(host), host)
}
