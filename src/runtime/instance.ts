import type { App, Ref } from 'vue'
import type { GroupChatAppProps } from '@/contract'
import type { InstanceContext } from './context'
import type { Translate } from '@/i18n'
import type { EnvironmentInfo } from '@/wecom/environment'
import { createPinia, disposePinia } from 'pinia'
import { computed, createApp, h, shallowRef } from 'vue'
import { createBackendClient } from '@/api/client'
import GroupChatApp from '@/components/GroupChatApp.vue'
import { INSTANCE } from './context'
import { translate } from '@/i18n'
import { createPendingRequests } from '@/requests/pendingRequest'
import { checkProps } from './props'
import { createReporter } from './report'
import { detectEnvironment } from '@/wecom/environment'
import { loadWeComSdk } from '@/wecom/sdk'
import '@/styles.css'

export interface InstanceOptions {
  /** @default detectEnvironment(navigator) */
  env?: EnvironmentInfo
  /** @default globalThis.location */
  location?: Pick<Location, 'href'>
  loadSdk?: InstanceContext['loadSdk']
  /** @default 8000 */
  sdkTimeoutMs?: number
  /** Waits between signature retries, in ms. */
  retryDelays?: number[]
  /** Where a pending requestId survives a reload. @default globalThis.sessionStorage */
  storage?: () => Storage | undefined
}

let instanceCount = 0

export interface GroupChatInstance {
  update: (props: Partial<GroupChatAppProps>) => void
  unmount: () => void
}

/** The element we render into: marked in index.html, looked for inside the container (and its shadow root). */
const MOUNT_ATTRIBUTE = 'data-wecom-group-chat'

function findMountPoint(container: ParentNode): { el: HTMLElement, owned: boolean } {
  const selector = `[${MOUNT_ATTRIBUTE}]`
  const direct = container.querySelector<HTMLElement>(selector)
  if (direct)
    return { el: direct, owned: false }
  // strictStyleIsolation puts our HTML in the wrapper's shadow root.
  for (const host of container.querySelectorAll<HTMLElement>('*')) {
    const inShadow = host.shadowRoot?.querySelector<HTMLElement>(selector)
    if (inShadow)
      return { el: inShadow, owned: false }
  }
  // A host that mounts us into a bare element: ours to remove again on unmount.
  const el = document.createElement('div')
  el.setAttribute(MOUNT_ATTRIBUTE, '')
  container.appendChild(el)
  return { el, owned: true }
}

/**
 * One mounted instance: its own Vue app, Pinia and HTTP client. Nothing module-level is shared,
 * so two instances on one page never see each other's state.
 */
export function createInstance(container: ParentNode, rawProps: unknown, name: string, options: InstanceOptions = {}): GroupChatInstance {
  const mountPoint = findMountPoint(container)
  const check = shallowRef(checkProps(rawProps))
  const props = computed(() => check.value.props)
  const t: Ref<Translate> = computed(() => (key, params) => translate(props.value.locale, key, params))
  // One lifetime: aborting it ends every wait of this instance, except a create already sent.
  const lifetime = new AbortController()
  const report = createReporter(() => props.value, () => t.value)
  const api = createBackendClient({ settings: () => props.value, signal: lifetime.signal, onAuthExpired: report.authExpired, retryDelays: options.retryDelays })
  const context: InstanceContext = {
    props,
    t,
    api,
    report,
    pending: createPendingRequests(name, () => props.value.bizId, options.storage),
    env: options.env ?? detectEnvironment(),
    loadSdk: options.loadSdk ?? loadWeComSdk,
    location: options.location ?? globalThis.location,
    sdkTimeoutMs: options.sdkTimeoutMs ?? 8000,
    signal: lifetime.signal,
  }

  const pinia = createPinia()
  const app: App = createApp({
    render: () => h(GroupChatApp, { problems: check.value.problems, fatal: check.value.fatal }),
  })
  // useId() counts per app from v-0: two instances on one page would share ids (and labels).
  app.config.idPrefix = `wgc${++instanceCount}`
  app.provide(INSTANCE, context)
  app.use(pinia)
  app.config.errorHandler = () => {
    // A bug of ours must not surface as an exception in the host page.
  }
  app.mount(mountPoint.el)
  report.problems(check.value.problems)

  return {
    update(next) {
      check.value = checkProps(next)
      report.problems(check.value.problems)
    },
    unmount() {
      // The stores' onScopeDispose runs in disposePinia: a created group is handed over there.
      lifetime.abort()
      app.unmount()
      disposePinia(pinia)
      if (mountPoint.owned)
        mountPoint.el.remove()
    },
  }
}
