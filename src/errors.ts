import type { GroupChatError, GroupChatErrorCode } from './contract'
import type { MessageKey, MessageParams, Translate } from './i18n'

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

/** The public shape, in the current language. */
export function describeFailure(failure: GroupChatFailure, t: Translate): GroupChatError {
  const { chatId, reasonKey, backendMessage, retrySafe } = failure.options
  const reason = reasonKey ? t(reasonKey, failure.params) : failure.params.reason
  const params = reason === undefined ? failure.params : { ...failure.params, reason: asClause(String(reason)) }
  let message = t(failure.key, params)
  if (chatId && (failure.code === 'sdk-config' || failure.code === 'open-chat'))
    message = t('error.retryJump', { sentence: message })
  if (backendMessage)
    message = t('error.backendSays', { sentence: message, message: backendMessage })
  if (retrySafe)
    message = t('error.retrySafe', { sentence: message })
  return (chatId ? { code: failure.code, message, chatId } : { code: failure.code, message }) as GroupChatError
}
