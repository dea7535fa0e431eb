import type { BackendClient } from '@/api/client'
import type { AddMembersRequest, CreateGroupRequest, GroupInfo } from '@/api/types'
import type { InstanceContext } from '@/runtime/context'
import type { Reporter } from '@/runtime/report'
import { createPinia, disposePinia } from 'pinia'
import { computed, createApp, shallowRef } from 'vue'
import { vi } from 'vitest'
import { INSTANCE } from '@/runtime/context'
import { translate } from '@/i18n'
import { createPendingRequests } from '@/requests/pendingRequest'
import { checkProps } from '@/runtime/props'

export const CHAT_ID = 'wrChat0001'

/**
 * A store's world without the DOM: an app that provides a context of fakes (backend, reporter,
 * SDK), so a store is tested on its own in Pinia's testing style.
 */
export function createStoreWorld(rawProps: Record<string, unknown> = {}, overrides: Partial<InstanceContext> = {}) {
  const props = shallowRef(checkProps({ bizId: 'REC-1', candidates: [], locale: 'en-US', ...rawProps }).props)
  const lifetime = new AbortController()
  const api = {
    configSignature: vi.fn(),
    agentSignature: vi.fn(),
    createGroup: vi.fn(async (body: CreateGroupRequest) => ({ chatId: body.requestId && CHAT_ID, existing: false })),
    has: vi.fn((name: 'groupInfo' | 'addMembers') => Boolean(props.value.endpoints?.[name])),
    groupInfo: vi.fn(async (chatId: string): Promise<GroupInfo> => ({ chatId, name: 'Deal 42', owner: 'zhangsan', members: ['zhangsan', 'lisi'], isMember: true })),
    addMembers: vi.fn(async (chatId: string, body: AddMembersRequest): Promise<GroupInfo> => ({ chatId, name: 'Deal 42', owner: 'zhangsan', members: ['zhangsan', 'lisi', ...body.add, ...(body.self ? ['me'] : [])], isMember: true })),
  } satisfies { [K in keyof BackendClient]: unknown }
  const report = {
    created: vi.fn(),
    error: vi.fn(),
    problems: vi.fn(),
    authExpired: vi.fn(),
    closed: vi.fn(),
    membersAdded: vi.fn(),
  } satisfies Reporter
  const storage = new Map<string, string>()
  const context: InstanceContext = {
    props: computed(() => props.value),
    t: computed(() => (key, params) => translate('en-US', key, params)),
    api: api as unknown as BackendClient,
    report,
    pending: createPendingRequests('test', () => props.value.bizId, () => fakeStorage(storage)),
    env: { environment: 'browser', canOpenChat: false },
    loadSdk: vi.fn(),
    location: { href: 'https://crm.example.com/r/1#tab' },
    sdkTimeoutMs: 200,
    signal: lifetime.signal,
    ...overrides,
  }
  const app = createApp({})
  const pinia = createPinia()
  app.provide(INSTANCE, context)
  app.use(pinia)
  return {
    context,
    api,
    report,
    storage,
    /** Creates a store inside the app, as a component would. */
    use: <S>(useStore: () => S): S => app.runWithContext(useStore),
    update: (next: Record<string, unknown>) => {
      props.value = checkProps({ bizId: 'REC-1', candidates: [], locale: 'en-US', ...next }).props
    },
    /** What the instance does on unmount. */
    unmount: () => {
      lifetime.abort()
      disposePinia(pinia)
    },
  }
}

export function fakeStorage(map: Map<string, string>): Storage {
  return {
    get length() { return map.size },
    clear: () => map.clear(),
    getItem: key => map.get(key) ?? null,
    key: index => [...map.keys()][index] ?? null,
    removeItem: key => void map.delete(key),
    setItem: (key, value) => void map.set(key, String(value)),
  }
}
