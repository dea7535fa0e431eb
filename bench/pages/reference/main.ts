/**
 * The reference for figure (a): the original design note's flow, one step after another, on the
 * same mock backend and WeCom client simulator as the module. It talks to the client through
 * `WeixinJSBridge.invoke` directly, as the SDK does, so it carries no SDK overhead at all:
 *
 *   create → config signature → wx.config (preVerifyJSAPI) → agent signature → agentConfig → open
 *
 * `?mockLatency=300` and the other mock knobs apply as on the host page.
 */
import { setupWorker } from 'msw/browser'
import { createMockBackend } from '../../../mock/backend'
import { parseKnobs } from '../../../mock/knobs'
import { installWeComSimulator } from '../../../mock/simulator'
import { installProbe } from '../probe'

interface Signature { corpid: string, agentid?: string, timestamp: number, nonceStr: string, signature: string }

const JS_API_LIST = ['openExistedChatWithMsg']
const PEOPLE = ['wang1', 'zhao2', 'hu3']

const backend = createMockBackend({ knobs: parseKnobs(location.search) })
const probe = installProbe()
installWeComSimulator({ chats: backend, notice: false })
probe.timeBridgeCalls()

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`/api${path}`, init)
  const body = await response.json() as { code: number, data: T, message?: string }
  if (body.code !== 0)
    throw new Error(`${path}: ${body.code} ${body.message ?? ''}`)
  probe.marks.push({ name: path.split('?')[0] ?? path, at: performance.now() })
  return body.data
}

function invoke(name: string, params: Record<string, unknown>): Promise<void> {
  const bridge = (window as unknown as { WeixinJSBridge: { invoke: (n: string, p: unknown, cb: (r: { err_msg?: string }) => void) => void } }).WeixinJSBridge
  return new Promise((resolve, reject) => bridge.invoke(name, params, (result) => {
    if (result.err_msg === `${name}:ok`)
      resolve()
    else
      reject(new Error(String(result.err_msg)))
  }))
}

function requestId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, '0')).join('')
}

async function createAndOpen(): Promise<void> {
  const url = location.href.split('#')[0] ?? location.href
  const signed = `?url=${encodeURIComponent(url)}`
  const created = await api<string | { chatId: string }>('/wecom/group-chats', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: 'BENCH-REF', peopleList: PEOPLE, url, name: 'Bench', owner: PEOPLE[0], requestId: requestId() }),
  })
  const chatId = typeof created === 'string' ? created : created.chatId
  const config = await api<Signature>(`/wecom/jssdk/config-signature${signed}`)
  await invoke('preVerifyJSAPI', {
    appId: config.corpid,
    verifyJsApiList: JS_API_LIST,
    verifyTimestamp: config.timestamp,
    verifyNonceStr: config.nonceStr,
    verifySignature: config.signature,
  })
  const agent = await api<Signature>(`/wecom/jssdk/agent-signature${signed}`)
  await invoke('agentConfig', {
    corpid: agent.corpid,
    agentid: agent.agentid,
    timestamp: agent.timestamp,
    nonceStr: agent.nonceStr,
    signature: agent.signature,
    jsApiList: JS_API_LIST,
  })
  await invoke('openExistedChatWithMsg', { chatId })
}

async function main(): Promise<void> {
  await setupWorker(...backend.handlers).start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } })
  const button = document.querySelector('button')
  const status = document.querySelector('[role=status]')
  if (!button || !status)
    return
  button.addEventListener('click', () => {
    status.textContent = 'Creating…'
    createAndOpen().then(() => (status.textContent = 'Opened'), (error: Error) => (status.textContent = `Failed: ${error.message}`))
  })
  button.disabled = false
}

void main()
