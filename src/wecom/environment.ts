import type { Environment } from '@/contract'

export interface EnvironmentInfo {
  environment: Environment
  /** The WeCom client version, when inside WeCom. */
  version?: string
  /** `openExistedChatWithMsg` exists from WeCom 3.1.8 on (docs/wecom-admin-guide.md). */
  canOpenChat: boolean
}

export const MIN_OPEN_CHAT_VERSION = '3.1.8'

/**
 * Where we run, read from a navigator that tests and the simulator may pass in.
 * Matches what @wecom/jssdk decides at import: `wxwork/<version>` in the user agent.
 * @param nav @default globalThis.navigator
 */
export function detectEnvironment(nav: Pick<Navigator, 'userAgent'> | undefined = globalThis.navigator): EnvironmentInfo {
  const ua = nav?.userAgent ?? ''
  const version = /wxwork\/([\d.]+)/i.exec(ua)?.[1]
  if (version)
    return { environment: 'wecom', version, canOpenChat: compareVersions(version, MIN_OPEN_CHAT_VERSION) >= 0 }
  if (/micromessenger/i.test(ua))
    return { environment: 'wechat', canOpenChat: false }
  return { environment: 'browser', canOpenChat: false }
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0)
      return Math.sign(d)
  }
  return 0
}

/** The URL WeCom signs: the page URL with its query and without its `#fragment`. */
export function signUrl(href: string): string {
  return href.split('#')[0] ?? href
}
