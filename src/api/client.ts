import type { AxiosError, AxiosRequestConfig } from 'axios'
import type { AgentSignature, ConfigSignature, CreateGroupRequest, Envelope } from './types'
import type { Endpoints } from '@/contract'
import axios from 'axios'
import { callHost, GroupChatFailure, isFailure } from '@/errors'
import { wecomMessageKey } from '@/i18n'
import { toAgentSignature, toChatId, toConfigSignature } from './validate'

export const DEFAULT_ENDPOINTS: Required<Endpoints> = {
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
  onAuthExpired?: () => void
}

export interface BackendClientOptions {
  settings: () => BackendSettings
  /** Waits between signature retries, in ms. @default [300, 900] */
  retryDelays?: number[]
}

export interface BackendClient {
  configSignature: (url: string) => Promise<ConfigSignature>
  agentSignature: (url: string) => Promise<AgentSignature>
  /** Creates the group; retried at most once, and only with the same requestId. */
  createGroup: (body: CreateGroupRequest) => Promise<string>
  /** Aborts every pending request and refuses new ones. */
  dispose: () => void
}

export function createBackendClient({ settings, retryDelays = [300, 900] }: BackendClientOptions): BackendClient {
  const controller = new AbortController()
  // No XSRF cookie lookup: axios would await `cookieStore.get()` before every same-origin request
  // (8–12 ms per request, measured). Hosts pass any token through `getHeaders`.
  const http = axios.create({ withXSRFToken: false })

  async function request<T>(config: AxiosRequestConfig): Promise<T> {
    if (controller.signal.aborted)
      throw aborted()
    const s = settings()
    const headers = { ...(await s.getHeaders?.()) }
    // Our own timer rather than axios' `timeout`: one abort path for unmount and timeout, whatever
    // the adapter (some XHR stacks never fire `ontimeout`).
    const attempt = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      attempt.abort()
    }, s.timeoutMs ?? 10_000)
    const onUnmount = () => attempt.abort()
    controller.signal.addEventListener('abort', onUnmount, { once: true })
    try {
      const response = await http.request<unknown>({
        ...config,
        baseURL: s.apiBaseUrl ?? '/api',
        headers,
        signal: attempt.signal,
      })
      return unwrap<T>(response.data)
    }
    catch (error) {
      if (timedOut && !controller.signal.aborted)
        throw new GroupChatFailure('timeout', 'error.timeout', {}, { outcomeUnknown: true, cause: error })
      throw toFailure(error, s)
    }
    finally {
      clearTimeout(timer)
      controller.signal.removeEventListener('abort', onUnmount)
    }
  }

  async function withRetries<T>(run: () => Promise<T>, delays: number[]): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run()
      }
      catch (error: unknown) {
        const delay = delays[attempt]
        // Only a lost connection or a 5xx is worth an immediate retry; a timeout already cost the user its wait.
        if (delay === undefined || !isFailure(error) || !error.outcomeUnknown || error.aborted || error.code === 'timeout')
          throw error
        await sleep(delay, controller.signal)
      }
    }
  }

  const path = (name: keyof Endpoints) => settings().endpoints?.[name] ?? DEFAULT_ENDPOINTS[name]

  return {
    configSignature: url => withRetries(
      async () => toConfigSignature(await request({ method: 'GET', url: path('configSignature'), params: { url } })),
      retryDelays,
    ),
    agentSignature: url => withRetries(
      async () => toAgentSignature(await request({ method: 'GET', url: path('agentSignature'), params: { url } })),
      retryDelays,
    ),
    // One quick retry after a lost connection or a gateway error; the same body, so the same requestId.
    createGroup: body => withRetries(
      async () => toChatId(await request({ method: 'POST', url: path('createGroup'), data: body })),
      retryDelays.slice(0, 1),
    ),
    dispose: () => controller.abort(),
  }
}

function unwrap<T>(body: unknown): T {
  if (!body || typeof body !== 'object' || typeof (body as Envelope<T>).code !== 'number')
    throw new GroupChatFailure('backend', 'error.malformed', { what: 'code' })
  const { code, data, message } = body as Envelope<T>
  if (code === 0)
    return data
  const key = wecomMessageKey(code)
  if (key)
    throw new GroupChatFailure('backend', key, { code, message: message ?? '' })
  if (typeof message === 'string' && message.trim() !== '')
    throw new GroupChatFailure('backend', 'error.backend', { code, message })
  throw new GroupChatFailure('backend', 'error.backendUnknown', { code })
}

function aborted(cause?: unknown): GroupChatFailure {
  return new GroupChatFailure('network', 'error.network', {}, { aborted: true, cause })
}

function toFailure(error: unknown, settings: BackendSettings): GroupChatFailure {
  if (isFailure(error))
    return error
  if (axios.isCancel(error))
    return aborted(error)
  const e = error as AxiosError
  const status = e.response?.status
  if (status === 401) {
    callHost(settings.onAuthExpired)
    return new GroupChatFailure('auth', 'error.auth', {}, { cause: error })
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
    return new GroupChatFailure('backend', 'error.server', { status }, { outcomeUnknown: status >= 500, cause: error })
  }
  return new GroupChatFailure('network', 'error.network', {}, { outcomeUnknown: true, cause: error })
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted)
      return reject(aborted())
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    function onAbort() {
      clearTimeout(timer)
      reject(aborted())
    }
    signal.addEventListener('abort', onAbort, { once: true })
  })
}
