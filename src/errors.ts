import type { GroupChatError, GroupChatErrorCode } from './contract'
import type { MessageKey, MessageParams, Translate } from './i18n'

export interface FailureOptions {
  /** The group exists although this step failed. */
  chatId?: string
  /** The request may have reached the backend (timeout, network, 5xx): a retry must reuse its requestId. */
  outcomeUnknown?: boolean
  /** Cancelled by unmount or a newer request: nobody is told. */
  aborted?: boolean
  /** A translated reason inserted as `{reason}` (e.g. why signing failed). */
  reasonKey?: MessageKey
  cause?: unknown
}

/** A failure inside the module: a code for the host plus a message key translated when shown. */
export class GroupChatFailure extends Error {
  readonly code: GroupChatErrorCode
  readonly key: MessageKey
  readonly params: MessageParams
  readonly chatId?: string
  readonly outcomeUnknown: boolean
  readonly aborted: boolean
  readonly reasonKey?: MessageKey

  constructor(code: GroupChatErrorCode, key: MessageKey, params: MessageParams = {}, options: FailureOptions = {}) {
    super(`${code}: ${key}`, { cause: options.cause })
    this.name = 'GroupChatFailure'
    this.code = code
    this.key = key
    this.params = params
    this.chatId = options.chatId
    this.outcomeUnknown = options.outcomeUnknown ?? false
    this.aborted = options.aborted ?? false
    this.reasonKey = options.reasonKey
  }

  withChatId(chatId: string): GroupChatFailure {
    return new GroupChatFailure(this.code, this.key, this.params, {
      chatId,
      outcomeUnknown: this.outcomeUnknown,
      aborted: this.aborted,
      reasonKey: this.reasonKey,
      cause: this.cause,
    })
  }
}

export function isFailure(value: unknown): value is GroupChatFailure {
  return value instanceof GroupChatFailure
}

/** The public shape, in the current language. */
export function describeFailure(failure: GroupChatFailure, t: Translate): GroupChatError {
  const params = failure.reasonKey ? { ...failure.params, reason: t(failure.reasonKey, failure.params) } : failure.params
  const error: GroupChatError = { code: failure.code, message: t(failure.key, params) }
  if (failure.chatId)
    error.chatId = failure.chatId
  return error
}

/** Runs a host callback so that a throwing host can never break our flow. */
export function callHost<A extends unknown[]>(fn: ((...args: A) => unknown) | undefined, ...args: A): void {
  if (typeof fn !== 'function')
    return
  try {
    const result = fn(...args)
    if (result && typeof (result as Promise<unknown>).catch === 'function')
      (result as Promise<unknown>).catch(() => {})
  }
  catch {
    // A host callback's own bug is the host's to see in its own code, not a reason to lose our state.
  }
}
