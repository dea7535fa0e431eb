import type { GroupChatError, GroupChatErrorCode } from '@/contract'
import type { MessageKey, MessageParams, Translate } from '@/i18n'

export interface FailureOptions {
  /** The group exists although this step failed. */
  chatId?: string
  /** The request may have reached the backend (timeout, network, 5xx): a retry must reuse its requestId. */
  outcomeUnknown?: boolean
  /** Cancelled by an unmount: nobody is told, nothing is shown. */
  aborted?: boolean
  /** A translated reason inserted as `{reason}` (e.g. why signing failed). */
  reasonKey?: MessageKey
  /** The backend's own `message`, shown word for word after our sentence (CONTRACT §3). */
  backendMessage?: string
  /** A create whose outcome is unknown: the message promises that a retry cannot make a second group. */
  retrySafe?: boolean
  /** The create's requestId: quoted to support where the outcome is unknown or no code says more. */
  requestId?: string
  cause?: unknown
}

/** A failure inside the module: a code for the host plus a message key translated when shown. */
export class GroupChatFailure extends Error {
  readonly code: GroupChatErrorCode
  readonly key: MessageKey
  readonly params: MessageParams
  readonly options: Readonly<FailureOptions>

  constructor(code: GroupChatErrorCode, key: MessageKey, params: MessageParams = {}, options: FailureOptions = {}) {
    super(`${code}: ${key}`, { cause: options.cause })
    this.name = 'GroupChatFailure'
    this.code = code
    this.key = key
    this.params = params
    this.options = options
  }

  get chatId(): string | undefined { return this.options.chatId }
  get outcomeUnknown(): boolean { return this.options.outcomeUnknown ?? false }
  get aborted(): boolean { return this.options.aborted ?? false }
  get reasonKey(): MessageKey | undefined { return this.options.reasonKey }

  /** The same failure with more known about it (e.g. the chatId of the group it happened after). */
  with(options: FailureOptions): GroupChatFailure {
    return new GroupChatFailure(this.code, this.key, this.params, { ...this.options, ...options })
  }
}

export function isFailure(value: unknown): value is GroupChatFailure {
  return value instanceof GroupChatFailure
}

/** A reason goes inside our own sentence: without its closing punctuation, so none is doubled. */
export function asClause(text: string): string {
  return text.trim().replace(/[\s。.！!？?，,；;：:]+$/u, '')
}

/**
 * The code a person quotes to support: WeCom's or the backend's code, the server's status, the
 * WeCom code behind a client's reason; else, when there is no request to name, our own error code.
 */
function supportCode(failure: GroupChatFailure): string | undefined {
  const { code, status } = failure.params
  if (code !== undefined || status !== undefined)
    return String(code ?? status)
  const wecom = /^wecom\.(\d+)$/.exec(failure.reasonKey ?? '')
  if (wecom)
    return wecom[1]
  return failure.options.requestId ? undefined : failure.code
}

/**
 * The public shape, in the current language, as a person reads it: one plain sentence with the
 * next step, why (in our words, when we know them), the backend's own words verbatim, then the
 * code to quote (and the request's number where support needs it). A client's raw reason (API
 * names, errMsg) is never in it: that goes to the console in development (report.ts).
 */
export function describeFailure(failure: GroupChatFailure, t: Translate): GroupChatError {
  const { chatId, reasonKey, backendMessage, retrySafe, requestId, outcomeUnknown } = failure.options
  let message = t(failure.key, failure.params)
  if (reasonKey)
    message = t('error.why', { sentence: message, reason: asClause(t(reasonKey, failure.params)) })
  if (chatId && (failure.code === 'sdk-config' || failure.code === 'open-chat'))
    message = t('error.retryJump', { sentence: message })
  if (retrySafe)
    message = t('error.retrySafe', { sentence: message })
  if (backendMessage)
    message = t('error.backendSays', { sentence: message, message: backendMessage })
  const code = supportCode(failure)
  // The request's number helps support only where the outcome is unknown or no code says more.
  const request = requestId && (outcomeUnknown || !code) ? requestId : undefined
  if (code && request)
    message = t('error.codeAndRequest', { sentence: message, code, requestId: request })
  else if (code)
    message = t('error.code', { sentence: message, code })
  else if (request)
    message = t('error.request', { sentence: message, requestId: request })
  return (chatId ? { code: failure.code, message, chatId } : { code: failure.code, message }) as GroupChatError
}
