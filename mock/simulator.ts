/**
 * Makes a page look like the WeCom client to `@wecom/jssdk`, so the in-client flow runs in any
 * browser or in jsdom, on localhost, with no trusted domain (docs/local-development.md). Dev and tests only.
 *
 * Install it before the JS-SDK is imported: the SDK reads the user agent and the bridge once,
 * at import.
 */
import type { BridgeResult } from './client-rules'
import { createClientRules } from './client-rules'
import { MOCK_AGENT_ID, MOCK_AGENT_TICKET, MOCK_CORP_ID, MOCK_CORP_TICKET } from './tickets'

export interface SimulatorOptions {
  /** @default the global window */
  window?: Window & typeof globalThis
  /** The client version in the user agent. @default '4.1.30' */
  version?: string
  /** Which chats exist and whether the signed-in user is in one; usually the MockBackend. */
  chats: { hasChat: (chatId: string) => boolean, isMember?: (chatId: string) => boolean }
  /** The client refuses a link card in the jump (`wecomFail=card`). @default false */
  refuseCard?: boolean
  /** @default MOCK_CORP_ID */
  corpId?: string
  /** @default MOCK_AGENT_ID */
  agentId?: string
  /** @default MOCK_CORP_TICKET */
  corpTicket?: string
  /** @default MOCK_AGENT_TICKET */
  agentTicket?: string
  /**
   * `ready`: the bridge exists at install. `late`: it appears after a macrotask, announced by
   * `WeixinJSBridgeReady` on document. `never`: the user agent says WeCom but no bridge comes.
   * @default 'ready'
   */
  bridge?: 'ready' | 'late' | 'never'
  /** The client rejects every signature, as if the backend's ticket were stale. @default false */
  invalidSignature?: boolean
  /** What `selectEnterpriseContact` answers with. @default [] */
  contacts?: { userId: string, name: string }[]
  /** Show a visible notice when a chat is opened. @default true */
  notice?: boolean
}

export interface BridgeCall {
  name: string
  params: Record<string, unknown>
  result: Record<string, unknown>
  /** `location.href` when the call was made. */
  url: string
}

export interface WeComSimulator {
  calls: BridgeCall[]
  /** chatIds the client jumped into, in order. */
  opened: string[]
  userAgent: string
  /** Removes everything the simulator added; pending answers are dropped. */
  uninstall: () => void
}

type BridgeCallback = (result: BridgeResult) => void

interface WeixinJSBridge {
  invoke: (name: string, params?: unknown, callback?: BridgeCallback) => void
  on: (name: string, callback: BridgeCallback) => void
}

type BridgeHost = { WeixinJSBridge?: WeixinJSBridge }

export const DEFAULT_CLIENT_VERSION = '4.1.30'
export const NOTICE_ATTRIBUTE = 'data-wecom-sim-notice'

export function installWeComSimulator(options: SimulatorOptions): WeComSimulator {
  const win = options.window ?? window
  const version = options.version ?? DEFAULT_CLIENT_VERSION
  const host = win as unknown as BridgeHost
  const calls: BridgeCall[] = []
  const opened: string[] = []
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const events = new Map<string, BridgeCallback[]>()
  const notice = createNotice(win.document)
  let installed = true
  const rules = createClientRules({
    version,
    corpId: options.corpId ?? MOCK_CORP_ID,
    agentId: options.agentId ?? MOCK_AGENT_ID,
    corpTicket: options.corpTicket ?? MOCK_CORP_TICKET,
    agentTicket: options.agentTicket ?? MOCK_AGENT_TICKET,
    chats: options.chats,
    invalidSignature: options.invalidSignature ?? false,
    contacts: options.contacts ?? [],
    refuseCard: options.refuseCard ?? false,
  })

  function later(run: () => void): void {
    const timer = setTimeout(() => {
      timers.delete(timer)
      run()
    }, 0)
    timers.add(timer)
  }

  const bridge: WeixinJSBridge = {
    invoke(name, params, callback) {
      // A page whose simulator is gone gets no answer, like a closed client.
      if (!installed)
        return
      const href = win.location.href
      const args = isRecord(params) ? { ...params } : {}
      const result = rules.answer(name, args, href)
      calls.push({ name, params: args, result: copy(result), url: href })
      if (name === 'openExistedChatWithMsg' && result.err_msg === `${name}:ok` && typeof args.chatId === 'string') {
        opened.push(args.chatId)
        if (options.notice ?? true)
          notice.show(`WeCom: opened chat ${args.chatId}${cardOf(args.msg)}`)
      }
      // The real client answers asynchronously, and the SDK writes into the object it gets.
      later(() => callback?.(copy(result)))
    },
    on(name, callback) {
      events.set(name, [...(events.get(name) ?? []), callback])
    },
  }

  const nav = win.navigator
  const ownUserAgent = Object.getOwnPropertyDescriptor(nav, 'userAgent')
  const userAgent = `${nav.userAgent} wxwork/${version} MicroMessenger/7.0.1 Language/zh ColorScheme/Light`
  Object.defineProperty(nav, 'userAgent', { configurable: true, get: () => userAgent })

  const ownBridge = Object.getOwnPropertyDescriptor(host, 'WeixinJSBridge')
  const mode = options.bridge ?? 'ready'
  if (mode === 'ready') {
    host.WeixinJSBridge = bridge
  }
  else if (mode === 'late') {
    later(() => {
      host.WeixinJSBridge = bridge
      win.document.dispatchEvent(new win.Event('WeixinJSBridgeReady'))
    })
  }

  return {
    calls,
    opened,
    userAgent,
    uninstall() {
      if (!installed)
        return
      installed = false
      timers.forEach(clearTimeout)
      timers.clear()
      events.clear()
      notice.remove()
      if (host.WeixinJSBridge === bridge) {
        if (ownBridge)
          Object.defineProperty(host, 'WeixinJSBridge', ownBridge)
        else
          delete host.WeixinJSBridge
      }
      if (ownUserAgent)
        Object.defineProperty(nav, 'userAgent', ownUserAgent)
      else
        delete (nav as { userAgent?: string }).userAgent
    },
  }
}

/**
 * `?wecom=sim` turns the simulator on for the standalone page; `wecomVersion=3.0.0`,
 * `wecomBridge=late|never` and `wecomFail=signature` shape it. Undefined when it is off.
 */
export function simulatorOptionsFromUrl(search: string): Partial<SimulatorOptions> | undefined {
  const params = new URLSearchParams(search)
  if (params.get('wecom') !== 'sim')
    return undefined
  const options: Partial<SimulatorOptions> = {}
  const version = params.get('wecomVersion')
  if (version && /^\d+(?:\.\d+){0,3}$/.test(version))
    options.version = version
  const bridge = params.get('wecomBridge')
  if (bridge === 'ready' || bridge === 'late' || bridge === 'never')
    options.bridge = bridge
  const fail = (params.get('wecomFail') ?? '').split(',')
  if (fail.includes('signature'))
    options.invalidSignature = true
  if (fail.includes('card'))
    options.refuseCard = true
  return options
}

/** A small fixed badge, so a person trying the flow sees that the jump happened. */
function createNotice(doc: Document): { show: (text: string) => void, remove: () => void } {
  let element: HTMLElement | undefined
  return {
    show(text) {
      if (!element) {
        element = doc.createElement('div')
        element.setAttribute('role', 'status')
        element.setAttribute(NOTICE_ATTRIBUTE, '')
        Object.assign(element.style, {
          position: 'fixed',
          right: '16px',
          bottom: '16px',
          zIndex: '2147483647',
          padding: '8px 12px',
          borderRadius: '6px',
          background: '#1f7a3f',
          color: '#fff',
          font: '14px/1.4 system-ui, sans-serif',
          boxShadow: '0 2px 8px rgba(0, 0, 0, 0.25)',
        })
        doc.body.append(element)
      }
      element.textContent = text
    },
    remove() {
      element?.remove()
      element = undefined
    },
  }
}

/** The link card the chat was opened with, as the notice shows it. */
function cardOf(msg: unknown): string {
  const link = isRecord(msg) && isRecord(msg.link) ? msg.link : undefined
  return link ? `, with the card “${String(link.title)}” (${String(link.url)})` : ''
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function copy(result: BridgeResult): BridgeResult {
  return JSON.parse(JSON.stringify(result)) as BridgeResult
}
