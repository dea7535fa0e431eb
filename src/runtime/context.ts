import type { InjectionKey, Ref } from 'vue'
import type { BackendClient } from '@/api/client'
import type { Translate } from '@/i18n'
import type { PendingRequests } from '@/requests/pendingRequest'
import type { ResolvedProps } from './props'
import type { Reporter } from './report'
import type { EnvironmentInfo } from '@/wecom/environment'
import type { WeComSdk } from '@/wecom/sdk'
import { inject } from 'vue'

/** What one mounted instance shares with its components and stores. */
export interface InstanceContext {
  /** Replaced as a whole by `update(props)`. */
  props: Readonly<Ref<ResolvedProps>>
  t: Readonly<Ref<Translate>>
  api: BackendClient
  /** The one door to the host's callbacks. */
  report: Reporter
  /** requestIds whose outcome is unknown, kept across a reload. */
  pending: PendingRequests
  env: EnvironmentInfo
  /** @default loadWeComSdk */
  loadSdk: () => Promise<WeComSdk>
  /** The page whose URL WeCom signs. @default globalThis.location */
  location: Pick<Location, 'href'>
  /** How long any single WeCom client call may take. @default 8000 */
  sdkTimeoutMs: number
  /** Aborted on unmount: every wait of the instance ends with it (a create request excepted). */
  signal: AbortSignal
}

export const INSTANCE: InjectionKey<InstanceContext> = Symbol('wecom-group-chat')

export function useInstance(): InstanceContext {
  const context = inject(INSTANCE)
  if (!context)
    throw new Error('wecom-group-chat: used outside a mounted instance')
  return context
}
