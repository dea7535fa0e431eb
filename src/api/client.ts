import type { AxiosError, AxiosInstance, AxiosRequestConfig, AxiosStatic } from 'axios'
import type { AddMembersRequest, AgentSignature, ConfigSignature, CreatedChat, CreateGroupRequest, Envelope } from './types'
import type { Endpoints } from '@/contract'
import type { FailureAction } from '@/failures/failure'
import { GroupChatFailure, isFailure } from '@/failures/failure'
import { refusalKey } from '@/failures/words'
import { aborted, sleep, withDeadline } from '@/runtime/deadline'
import { toAgentSignature, toConfigSignature, toCreatedChat } from './validate'

/** The optional calls (`groupInfo`, `addMembers`) have no default: a backend without them sees no request. */
const DEFAULT_ENDPOINTS: Required<Pick<Endpoints, 'configSignature' | 'agentSignature' | 'createGroup'>> = {
  configSignature: '/wecom/jssdk/config-signature',
  agentSignature: '/wecom/jssdk/agent-signature',
  createGroup: '/wecom/group-chats',
}

/** Read before every request, so `update(props)` takes effect at once. */
export interface BackendSettings {
  /** @default '/api' */
  apiBaseUrl?: string
  endpoints?: Endpoints
  getHeaders?: () => Record<string, string> | Promise<Record<string, string>>
  /** @default 10000 */
  timeoutMs?: number
}

export interface BackendClientOptions {
  settings: () => BackendSettings
  /** The instance's lifetime: signature requests end with it; a create does not (docs/host-guide.md). */
  signal: AbortSignal
  /** The backend answered HTTP 401. */
  onAuthExpired?: () => void
  /** Waits between signature retries, in ms. @default [300, 900] */
  retryDelays?: number[]
}

export interface BackendClient {
  configSignature: (url: string) => Promise<ConfigSignature>
  agentSignature: (url: string) => Promise<AgentSignature>
  /**
   * Creates the group; retried at most once, and only with the same requestId. Never aborted by
   * an unmount: the backend may already have made the group, and its outcome must reach the host.
   */
  createGroup: (body: CreateGroupRequest) => Promise<CreatedChat>
  /** Whether the host named this optional call in `endpoints`. */
  has: (name: 'groupInfo' | 'addMembers') => boolean
  /** `data` as it came: checked by api/groupInfo.ts, which loads with the view that shows it. */
  groupInfo: (chatId: string) => Promise<unknown>
  /** Like a create: never aborted, one quick retry with the same requestId, a retry-safe message. */
  addMembers: (chatId: string, body: AddMembersRequest) => Promise<unknown>
}

/**
 * axios is a chunk of its own, fetched when the page is idle after the first paint: no request is
 * made before a click (or signing ahead), and its 16 kB need not arrive before the trigger shows.
 * One promise per page: a click before it arrived awaits the same in-flight import; a failed
 * fetch (offline) is tried again by the next request.
 */
let axiosChunk: Promise<AxiosStatic> | undefined
export function loadAxios(importer: () => Promise<{ default: AxiosStatic }> = () => import('axios')): Promise<AxiosStatic> {
  axiosChunk ??= importer().then(m => m.default, (error: unknown) => {
    axiosChunk = undefined
    throw error
  })
  return axiosChunk
}

/** Starts fetching axios once the page is idle (or after a short wait where idle callbacks do not exist). */
export function preloadAxiosWhenIdle(preload: () => unknown = loadAxios): void {
  const run = () => void Promise.resolve().then(preload).catch(() => {})
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(run, { timeout: 1000 })
  else
    setTimeout(run, 50)
}

const JSON_BODY = { 'Content-Type': 'application/json' }

/** The query built here rather than by axios' `params`, whose serializer is left out of the bundle (build/axios-xhr-only.ts). */
function withQuery(endpoint: string, query: Record<string, string>): string {
  return `${endpoint}${endpoint.includes('?') ? '&' : '?'}${new URLSearchParams(query)}`
}

export function createBackendClient({ settings, signal, onAuthExpired, retryDelays = [300, 900] }: BackendClientOptions): BackendClient {
  // No XSRF cookie lookup: axios would await `cookieStore.get()` before every same-origin request
  // (8–12 ms per request, measured). Hosts pass any token through `getHeaders`.
  // The XMLHttpRequest adapter only: the fetch adapter is left out of the bundle (build/axios-xhr-only.ts).
  let http: Promise<AxiosInstance> | undefined
  const instance = () => (http ??= loadAxios().then(axios => axios.create({ withXSRFToken: false, adapter: 'xhr' })).catch((error: unknown) => {
    http = undefined
    throw error
  }))
  preloadAxiosWhenIdle()

  /** One attempt; `lifetime` undefined for a request an unmount must not cancel. */
  async function request<T>(config: AxiosRequestConfig, lifetime: AbortSignal | undefined): Promise<T> {
    const s = settings()
    try {
      // Our own deadline rather than axios' `timeout`: one path for unmount and timeout, whatever
      // the adapter (some XHR stacks never fire `ontimeout`); a hanging getHeaders counts too.
      const response = await withDeadline(async attempt => (await instance()).request<unknown>({
        ...config,
        baseURL: s.apiBaseUrl ?? '/api',
        // A body is JSON whatever the host's headers say: axios' form encoders are not bundled.
        headers: { ...(await s.getHeaders?.()), ...(config.data === undefined ? {} : JSON_BODY) },
        signal: attempt,
      }), {
        ms: s.timeoutMs ?? 10_000,
        onTimeout: () => new GroupChatFailure('timeout', 'error.timeout', {}, { outcomeUnknown: true }),
        signal: lifetime,
      })
      return unwrap<T>(response.data)
    }
    catch (error) {
      throw toFailure(error, onAuthExpired)
    }
  }

  async function withRetries<T>(run: () => Promise<T>, delays: number[], lifetime: AbortSignal | undefined): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run()
      }
      catch (error: unknown) {
        const delay = delays[attempt]
        // Only a lost connection or a 5xx is worth an immediate retry; a timeout already cost the user its wait.
        if (delay === undefined || !isFailure(error) || !error.outcomeUnknown || error.aborted || error.code === 'timeout')
          throw error
        await sleep(delay, lifetime)
      }
    }
  }

  const path = (name: keyof typeof DEFAULT_ENDPOINTS) => settings().endpoints?.[name] ?? DEFAULT_ENDPOINTS[name]
  const chatPath = (name: 'groupInfo' | 'addMembers', chatId: string) => {
    const template = settings().endpoints?.[name]
    if (!template)
      throw new Error(`wecom-group-chat: endpoints.${name} is not set`)
    return template.replaceAll('{chatId}', encodeURIComponent(chatId))
  }

  /** A change the backend may have made although we heard nothing: retried once as the same request. */
  const sendOnce = <T>(requestId: string, action: FailureAction, run: () => Promise<T>) => withRetries(async () => {
    try {
      return await run()
    }
    catch (failure) {
      // An answer we cannot read may still mean the change was made: retry it as the same request.
      throw isFailure(failure) && failure.key === 'error.malformed' ? failure.with({ outcomeUnknown: true }) : failure
    }
  }, retryDelays.slice(0, 1), undefined).catch((failure: unknown) => {
    // It may have happened: say that pressing again cannot do it twice. Its requestId goes with it:
    // the number support looks the request up by.
    if (!isFailure(failure))
      throw failure
    throw failure.with(failure.outcomeUnknown ? { action, retrySafe: true, requestId } : { action, requestId })
  })

  return {
    configSignature: url => withRetries(
      async () => toConfigSignature(await request({ method: 'GET', url: withQuery(path('configSignature'), { url }) }, signal)),
      retryDelays,
      signal,
    ),
    agentSignature: url => withRetries(
      async () => toAgentSignature(await request({ method: 'GET', url: withQuery(path('agentSignature'), { url }) }, signal)),
      retryDelays,
      signal,
    ),
    // One quick retry after a lost connection or a gateway error; the same body, so the same requestId.
    createGroup: body => sendOnce(body.requestId, 'create', async () => toCreatedChat(await request({ method: 'POST', url: path('createGroup'), data: body }, undefined))),
    has: name => Boolean(settings().endpoints?.[name]),
    groupInfo: async chatId => request({ method: 'GET', url: chatPath('groupInfo', chatId) }, signal),
    addMembers: (chatId, body) => sendOnce(body.requestId, body.self ? 'join' : 'add', async () => request({ method: 'POST', url: chatPath('addMembers', chatId), data: body }, undefined)),
  }
}


function unwrap<T>(body: unknown): T {
  if (!body || typeof body !== 'object' || typeof (body as Envelope<T>).code !== 'number')
    throw new GroupChatFailure('backend', 'error.malformed', { what: 'code' })
  const { code, data, message } = body as Envelope<T>
  if (code === 0)
    return data
  const said = typeof message === 'string' && message.trim() !== '' ? message : undefined
  // The backend's own words stay beside ours as they came (failures/words.ts picks our sentence).
  throw new GroupChatFailure('backend', refusalKey(code), { code }, said ? { backendMessage: said } : {})
}

function toFailure(error: unknown, onAuthExpired: (() => void) | undefined): GroupChatFailure {
  if (isFailure(error))
    return error
  // axios.isCancel, without holding axios: a cancellation carries its mark.
  if ((error as { __CANCEL__?: unknown } | null)?.__CANCEL__)
    return aborted(error)
  const e = error as AxiosError
  const status = e.response?.status
  if (status === 401) {
    onAuthExpired?.()
    return new GroupChatFailure('auth', 'error.auth', { status }, { cause: error })
  }
  if (status !== undefined) {
    // A 5xx may have created the group; anything else with a JSON envelope is a definite refusal.
    if (status < 500 && e.response?.data && typeof e.response.data === 'object') {
      try {
        unwrap(e.response.data)
      }
      catch (refusal) {
        if (isFailure(refusal) && refusal.key !== 'error.malformed')
          return refusal
      }
    }
    const data = e.response?.data as { message?: unknown } | undefined
    const said = typeof data?.message === 'string' && data.message.trim() !== '' ? data.message : undefined
    return new GroupChatFailure('backend', 'error.server', { status }, { outcomeUnknown: status >= 500, backendMessage: said, cause: error })
  }
  return new GroupChatFailure('network', 'error.network', {}, { outcomeUnknown: true, cause: error })
}
