import type { AxiosError, AxiosRequestConfig } from 'axios'
import type { AgentSignature, ConfigSignature, CreateGroupRequest, Envelope } from './types'
import type { Endpoints } from '@/contract'
import axios from 'axios'
import { GroupChatFailure, isFailure } from '@/errors'
import { wecomMessageKey } from '@/i18n'
import { aborted, sleep, withDeadline } from '@/timeout'
import { toAgentSignature, toChatId, toConfigSignature } from './validate'

const DEFAULT_ENDPOINTS: Required<Endpoints> = {
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
  /** The instance's lifetime: signature requests end with it; a create does not (CONTRACT §1). */
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
  createGroup: (body: CreateGroupRequest) => Promise<string>
}

export function createBackendClient({ settings, signal, onAuthExpired, retryDelays = [300, 900] }: BackendClientOptions): BackendClient {
  // No XSRF cookie lookup: axios would await `cookieStore.get()` before every same-origin request
  // (8–12 ms per request, measured). Hosts pass any token through `getHeaders`.
  // The XMLHttpRequest adapter only: the fetch adapter is left out of the bundle (build/axios-xhr-only.ts).
  const http = axios.create({ withXSRFToken: false, adapter: 'xhr' })

  /** One attempt; `lifetime` undefined for a request an unmount must not cancel. */
  async function request<T>(config: AxiosRequestConfig, lifetime: AbortSignal | undefined): Promise<T> {
    const s = settings()
    try {
      // Our own deadline rather than axios' `timeout`: one path for unmount and timeout, whatever
      // the adapter (some XHR stacks never fire `ontimeout`); a hanging getHeaders counts too.
      const response = await withDeadline(async attempt => http.request<unknown>({
        ...config,
        baseURL: s.apiBaseUrl ?? '/api',
        headers: { ...(await s.getHeaders?.()) },
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

  const path = (name: keyof Endpoints) => settings().endpoints?.[name] ?? DEFAULT_ENDPOINTS[name]

  return {
    configSignature: url => withRetries(
      async () => toConfigSignature(await request({ method: 'GET', url: path('configSignature'), params: { url } }, signal)),
      retryDelays,
      signal,
    ),
    agentSignature: url => withRetries(
      async () => toAgentSignature(await request({ method: 'GET', url: path('agentSignature'), params: { url } }, signal)),
      retryDelays,
      signal,
    ),
    // One quick retry after a lost connection or a gateway error; the same body, so the same requestId.
    createGroup: body => withRetries(
      async () => {
        try {
          return toChatId(await request({ method: 'POST', url: path('createGroup'), data: body }, undefined))
        }
        catch (failure) {
          // An answer we cannot read may still mean the group was made: retry it as the same request.
          throw isFailure(failure) && failure.key === 'error.malformed' ? failure.with({ outcomeUnknown: true }) : failure
        }
      },
      retryDelays.slice(0, 1),
      undefined,
    ).catch((failure: unknown) => {
      // The group may exist: say that pressing Create again cannot make a second one.
      throw isFailure(failure) && failure.outcomeUnknown ? failure.with({ retrySafe: true }) : failure
    }),
  }
}

function unwrap<T>(body: unknown): T {
  if (!body || typeof body !== 'object' || typeof (body as Envelope<T>).code !== 'number')
    throw new GroupChatFailure('backend', 'error.malformed', { what: 'code' })
  const { code, data, message } = body as Envelope<T>
  if (code === 0)
    return data
  const said = typeof message === 'string' && message.trim() !== '' ? message : undefined
  // WeCom's own codes get our sentence and keep the backend's words beside it; others, its words alone.
  const key = wecomMessageKey(code)
  if (key)
    throw new GroupChatFailure('backend', key, { code }, { backendMessage: said })
  if (said)
    throw new GroupChatFailure('backend', 'error.backend', { code, message: said })
  throw new GroupChatFailure('backend', 'error.backendUnknown', { code })
}

function toFailure(error: unknown, onAuthExpired: (() => void) | undefined): GroupChatFailure {
  if (isFailure(error))
    return error
  if (axios.isCancel(error))
    return aborted(error)
  const e = error as AxiosError
  const status = e.response?.status
  if (status === 401) {
    onAuthExpired?.()
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
    const data = e.response?.data as { message?: unknown } | undefined
    const said = typeof data?.message === 'string' && data.message.trim() !== '' ? data.message : undefined
    return new GroupChatFailure('backend', 'error.server', { status }, { outcomeUnknown: status >= 500, backendMessage: said, cause: error })
  }
  return new GroupChatFailure('network', 'error.network', {}, { outcomeUnknown: true, cause: error })
}
