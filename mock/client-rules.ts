/**
 * How the WeCom client answers the bridge calls this module makes (docs/troubleshooting.md,
 * "Inside WeCom: signing and the jump", and docs/local-development.md, the simulator): it checks
 * signatures against the current URL, remembers which APIs the app
 * identity unlocked for which URL, and refuses what an older client lacks.
 *
 * The exact wording of the real client's failures is unverified; what matters is that the
 * JS-SDK turns them into the same `errMsg` keywords (`invalid signature`, `no permission`, ...).
 */
import { jsapiSignature, urlWithoutHash } from './signature'

export type BridgeResult = Record<string, unknown>

export interface ClientRulesOptions {
  version: string
  corpId: string
  agentId: string
  corpTicket: string
  agentTicket: string
  /** Which chats exist and, when known, whether the signed-in user is in one (the jump needs both). */
  chats: { hasChat: (chatId: string) => boolean, isMember?: (chatId: string) => boolean }
  /** Reject every signature, as if the backend's tickets were stale. */
  invalidSignature: boolean
  /** Refuse a link card in the jump, as a client that does not know it. @default false */
  refuseCard?: boolean
  contacts: { userId: string, name: string }[]
}

export interface ClientRules {
  /** The answer to one bridge call made while the page is at `href`. */
  answer: (name: string, params: Record<string, unknown>, href: string) => BridgeResult
}

/** Below this, `agentConfig` needs a successful `wx.config` (`preVerifyJSAPI`) first. */
export const AGENT_CONFIG_ALONE_SINCE = '3.0.24'
export const OPEN_EXISTED_CHAT_SINCE = '3.1.8'
/** The desktop client opens a chat with a link card (`msg`) since this version. */
export const LINK_CARD_SINCE = '4.0.2'

export function createClientRules(options: ClientRulesOptions): ClientRules {
  const { version, corpId, agentId, chats, contacts } = options
  // Successful configs by signed URL (without hash): what each one unlocked.
  const corpConfigs = new Map<string, string[]>()
  const agentConfigs = new Map<string, string[]>()

  const ok = (name: string, extra: BridgeResult = {}): BridgeResult => ({ err_msg: `${name}:ok`, ...extra })
  const fail = (name: string, reason: string, code?: number): BridgeResult =>
    code === undefined ? { err_msg: `${name}:fail_${reason}` } : { err_msg: `${name}:fail_${reason}`, err_code: code }

  function signatureMatches(ticket: string, nonceStr: unknown, timestamp: unknown, signature: unknown, href: string): boolean {
    if (options.invalidSignature || typeof nonceStr !== 'string' || (typeof timestamp !== 'string' && typeof timestamp !== 'number'))
      return false
    return signature === jsapiSignature({ ticket, nonceStr, timestamp, url: urlWithoutHash(href) })
  }

  function preVerify(name: string, p: Record<string, unknown>, href: string): BridgeResult {
    if (p.appId !== corpId)
      return fail(name, 'invalid corpid', 40013)
    if (!signatureMatches(options.corpTicket, p.verifyNonceStr, p.verifyTimestamp, p.verifySignature, href))
      return fail(name, 'invalid signature', 40093)
    corpConfigs.set(urlWithoutHash(href), stringList(p.verifyJsApiList))
    return ok(name)
  }

  function agentConfig(name: string, p: Record<string, unknown>, href: string): BridgeResult {
    const url = urlWithoutHash(href)
    if (older(version, AGENT_CONFIG_ALONE_SINCE) && !corpConfigs.has(url))
      return fail(name, 'config first')
    if (p.corpid !== corpId)
      return fail(name, 'invalid corpid', 40013)
    if (String(p.agentid) !== agentId)
      return fail(name, 'invalid agentid', 40056)
    if (!signatureMatches(options.agentTicket, p.nonceStr, p.timestamp, p.signature, href))
      return fail(name, 'invalid signature', 40093)
    agentConfigs.set(url, stringList(p.jsApiList))
    return ok(name)
  }

  /** APIs that need the app identity: unlocked only by `agentConfig` for this very URL. */
  function permitted(name: string, href: string): boolean {
    return agentConfigs.get(urlWithoutHash(href))?.includes(name) ?? false
  }

  function openExistedChat(name: string, p: Record<string, unknown>, href: string): BridgeResult {
    if (older(version, OPEN_EXISTED_CHAT_SINCE))
      return fail(name, 'function not exist')
    if (!permitted(name, href))
      return fail(name, 'no permission')
    if (p.msg !== undefined && p.msg !== null) {
      const msg = isRecord(p.msg) ? p.msg : {}
      if (msg.msgtype !== 'link' || options.refuseCard || older(version, LINK_CARD_SINCE))
        return fail(name, 'unsupported_msgtype')
      if (!isRecord(msg.link) || typeof msg.link.url !== 'string' || msg.link.url === '')
        return fail(name, 'msg_link_missing_url')
    }
    if (typeof p.chatId !== 'string' || !chats.hasChat(p.chatId))
      return fail(name, 'chat not exist')
    // The real client's answer for a chat the user is not in is not documented; this is one failure like it.
    if (chats.isMember && !chats.isMember(p.chatId))
      return fail(name, 'not in chat')
    return ok(name)
  }

  function selectContact(name: string, p: Record<string, unknown>, href: string): BridgeResult {
    if (!permitted(name, href))
      return fail(name, 'no permission')
    const picked = p.mode === 'single' ? contacts.slice(0, 1) : contacts
    return ok(name, {
      result: { userList: picked.map(c => ({ id: c.userId, name: c.name, avatar: '' })), departmentList: [] },
    })
  }

  return {
    answer(name, params, href) {
      switch (name) {
        case 'preVerifyJSAPI':
          return preVerify(name, params, href)
        case 'agentConfig':
          return agentConfig(name, params, href)
        case 'openExistedChatWithMsg':
          return openExistedChat(name, params, href)
        case 'selectEnterpriseContact':
          return selectContact(name, params, href)
        default:
          // Only what this module uses is modelled; anything else looks absent, not falsely ok.
          return fail(name, 'function not exist')
      }
    },
  }
}

/** True when client version `a` is older than `b` (numeric, dot-separated). */
export function older(a: string, b: string): boolean {
  const x = a.split('.').map(n => Number.parseInt(n, 10) || 0)
  const y = b.split('.').map(n => Number.parseInt(n, 10) || 0)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0)
      return d < 0
  }
  return false
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
