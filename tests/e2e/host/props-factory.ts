/**
 * The props every example host builds from a test's serialisable `PropsOptions` (qiankun in
 * main.ts, wujie and micro-app in frame-host.ts).
 */
import type { Candidate, GroupChatAppProps } from '../../../src/contract'
import type { HostEventType, LoaderKind, PropsOptions } from './host-api'
import { demoCandidates } from '../../../mock/demo-candidates'

// Props. A host passes the full set on mount and on every update; callbacks and the loader keep
// their identity across updates, so the module does not reload people it already has.

interface InstanceCallbacks {
  onCreated: NonNullable<GroupChatAppProps['onCreated']>
  onError: NonNullable<GroupChatAppProps['onError']>
  onClose: NonNullable<GroupChatAppProps['onClose']>
  onAuthExpired: NonNullable<GroupChatAppProps['onAuthExpired']>
  onMembersAdded: NonNullable<GroupChatAppProps['onMembersAdded']>
  loaders: Map<string, () => Promise<Candidate[]>>
}

export type RecordEvent = (type: HostEventType, name: string, payload?: unknown) => void

export function createPropsFactory(record: RecordEvent, defaultLocale: () => string | undefined): (name: string, options?: PropsOptions) => GroupChatAppProps {

  const callbacksByName = new Map<string, InstanceCallbacks>()

  function callbacksFor(name: string): InstanceCallbacks {
    let callbacks = callbacksByName.get(name)
    if (!callbacks) {
      callbacks = {
        onCreated: result => record('onCreated', name, result),
        onError: error => record('onError', name, error),
        onClose: () => record('onClose', name),
        onAuthExpired: () => record('onAuthExpired', name),
        onMembersAdded: result => record('onMembersAdded', name, result),
        loaders: new Map(),
      }
      callbacksByName.set(name, callbacks)
    }
    return callbacks
  }

  function loaderFor(name: string, kind: LoaderKind, count: number, delayMs: number): () => Promise<Candidate[]> {
    const { loaders } = callbacksFor(name)
    const key = `${kind}:${count}:${delayMs}`
    let loader = loaders.get(key)
    if (!loader) {
      loader = () => {
        record('loader', name, kind)
        return new Promise<Candidate[]>((resolve, reject) => {
          if (kind === 'loader-never')
            return
          setTimeout(() => kind === 'loader' ? resolve(demoCandidates(count)) : reject(new Error('host: loading people failed')), delayMs)
        })
      }
      loaders.set(key, loader)
    }
    return loader
  }

  return function buildProps(name: string, options: PropsOptions = {}): GroupChatAppProps {
    // A record's own callbacks are told apart by the name they record under.
    const callbacks = callbacksFor(options.callbacks ? `${name}@${options.callbacks}` : name)
    const source = options.candidates ?? 6
    const candidates = typeof source === 'number'
      ? demoCandidates(source)
      : typeof source === 'string'
        ? loaderFor(name, source, options.loaderCount ?? 6, options.loaderDelayMs ?? 300)
        : source
    const props: Partial<GroupChatAppProps> = {
      candidates,
      onCreated: callbacks.onCreated,
      onError: callbacks.onError,
      onClose: callbacks.onClose,
      onAuthExpired: callbacks.onAuthExpired,
      onMembersAdded: callbacks.onMembersAdded,
    }
    if (options.bizId !== null)
      props.bizId = options.bizId ?? `E2E-${name}`
    const locale = options.locale ?? defaultLocale()
    if (locale !== undefined)
      props.locale = locale as GroupChatAppProps['locale']
    const copied = ['defaultSelected', 'defaultGroupName', 'owner', 'existingChatId', 'open', 'apiBaseUrl', 'endpoints', 'linkUrl', 'linkCard', 'corpId', 'agentId', 'timeoutMs'] as const
    for (const key of copied) {
      if (options[key] !== undefined)
        Object.assign(props, { [key]: options[key] })
    }
    const { headers, openChat } = options
    if (headers) {
      props.getHeaders = () => {
        record('getHeaders', name)
        return { ...headers }
      }
    }
    if (openChat) {
      props.openChat = async (chatId) => {
        record('openChat', name, chatId)
        if (openChat === 'reject')
          throw new Error('host: openChat failed')
      }
    }
    return { ...props, ...options.raw } as GroupChatAppProps
  }
}
