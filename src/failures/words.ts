import type { FailureAction, GroupChatFailure } from './failure'
import type { GroupChatError } from '@/contract'
import type { MessageKey, Translate } from '@/i18n'
import { wecomMessageKey } from '@/i18n'

/**
 * The one place that puts a failure into words. The rest of the module only states facts (a code,
 * a status, the client's errMsg, the backend's own message, the requestId, what was being done);
 * here they become one plain sentence per language: what happened, the next step for what the
 * person was doing, the backend's words verbatim, then the code to quote in one format,
 * "(错误码 86006)" / "(Error code 86006)". See docs/architecture.md and docs/troubleshooting.md.
 */

/** Sentences whose next step names “Create group”: for any other action, the same words with a plain retry. */
const NEXT_STEP: Partial<Record<MessageKey, MessageKey>> = {
  'error.network': 'error.networkAgain',
  'error.timeout': 'error.timeoutAgain',
}

/** The promise that a retry cannot do it twice, for each change that may already have happened. */
const RETRY_SAFE: Partial<Record<FailureAction, MessageKey>> = {
  create: 'error.retrySafe',
  join: 'error.retrySafeJoin',
  add: 'error.retrySafeAdd',
}

/** The headline a view puts before the words of a failed step on the record's group. */
const HEADLINE: Partial<Record<FailureAction, MessageKey>> = {
  join: 'record.joinFailed',
  add: 'record.addFailed',
  load: 'record.loadFailed',
}

/** `wecom.*` texts that are a reason inside another sentence, not a sentence of their own. */
const CLAUSES_ONLY = new Set<MessageKey>(['wecom.40093', 'wecom.40013', 'wecom.80001', 'wecom.noPermission', 'wecom.functionNotExist'])

/** The sentence for a backend refusal with this code: WeCom's codes get ours, others the general one. */
export function refusalKey(code: number): MessageKey {
  const key = wecomMessageKey(code)
  if (key && !CLAUSES_ONLY.has(key))
    return key
  return 'error.backend'
}

/** What a WeCom client's errMsg means, in words, when we know them (docs/wecom-admin-guide.md). */
export function clientReasonKey(errMsg: string): MessageKey | undefined {
  if (/invalid signature/i.test(errMsg))
    return 'wecom.40093'
  if (/invalid corpid/i.test(errMsg))
    return 'wecom.40013'
  if (/reliable domain/i.test(errMsg))
    return 'wecom.80001'
  if (/no permission|permission denied/i.test(errMsg))
    return 'wecom.noPermission'
  if (/function not exist/i.test(errMsg))
    return 'wecom.functionNotExist'
  return undefined
}

/** A reason goes inside our own sentence: without its closing punctuation, so none is doubled. */
export function asClause(text: string): string {
  return text.trim().replace(/[\s。.！!？?，,；;：:]+$/u, '')
}

/** The headline of a failed step on the record's group, if it has one. */
export function failureHeadline(action: FailureAction): MessageKey | undefined {
  return HEADLINE[action]
}

/** The key to say, with the next step fitting what was being done. */
function forAction(key: MessageKey, action: FailureAction): MessageKey {
  return action === 'create' ? key : NEXT_STEP[key] ?? key
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
 * names, errMsg) is never in it: that goes to the console in development (runtime/report.ts).
 */
export function describeFailure(failure: GroupChatFailure, t: Translate): GroupChatError {
  const { chatId, reasonKey, backendMessage, retrySafe, requestId, outcomeUnknown } = failure.options
  const action = failure.action
  let message = t(forAction(failure.key, action), failure.params)
  if (reasonKey)
    message = t('error.why', { sentence: message, reason: asClause(t(forAction(reasonKey, action), failure.params)) })
  if (chatId && (failure.code === 'sdk-config' || failure.code === 'open-chat'))
    message = t('error.retryJump', { sentence: message })
  const safe = retrySafe ? RETRY_SAFE[action] : undefined
  if (safe)
    message = t(safe, { sentence: message })
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
