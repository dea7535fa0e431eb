import type { GroupChatErrorCode } from '@/contract'
import type { MessageKey, MessageParams } from '@/i18n'

/**
 * What the user was doing when it failed: the words (failures/words.ts) pick the next step and the
 * retry-safe promise for it. Without one, the failure is the create's.
 */
export type FailureAction = 'create' | 'join' | 'add' | 'load' | 'sign' | 'jump' | 'pick' | 'people'

/** The facts of a failure; how they are put into words is failures/words.ts's alone. */
export interface FailureOptions {
  /** What was being done. */
  action?: FailureAction
  /** The group exists although this step failed. */
  chatId?: string
  /** The request may have reached the backend (timeout, network, 5xx): a retry must reuse its requestId. */
  outcomeUnknown?: boolean
  /** Cancelled by an unmount: nobody is told, nothing is shown. */
  aborted?: boolean
  /** A translated reason inserted as `{reason}` (e.g. why signing failed). */
  reasonKey?: MessageKey
  /** The backend's own `message`, shown word for word after our sentence (docs/backend-guide.md). */
  backendMessage?: string
  /** A change whose outcome is unknown and whose retry reuses its requestId: the words promise a retry cannot do it twice. */
  retrySafe?: boolean
  /** The create's requestId: quoted to support where the outcome is unknown or no code says more. */
  requestId?: string
  cause?: unknown
}

/** A failure inside the module: a code for the host plus a message key translated when shown. */
export class GroupChatFailure extends Error {
  declare readonly code: GroupChatErrorCode
  declare readonly key: MessageKey
  declare readonly params: MessageParams
  declare readonly options: Readonly<FailureOptions>

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
  get action(): FailureAction { return this.options.action ?? 'create' }

  /** The same failure with more known about it (e.g. the chatId of the group it happened after). */
  with(options: FailureOptions): GroupChatFailure {
    return new GroupChatFailure(this.code, this.key, this.params, { ...this.options, ...options })
  }
}

export function isFailure(value: unknown): value is GroupChatFailure {
  return value instanceof GroupChatFailure
}
