import type { AgentSignature, ConfigSignature, CreatedChat } from './types'
import { GroupChatFailure } from '@/failures/failure'

/** Backend payloads are checked where they enter; a wrong shape is a clear `backend` error. */
export function malformed(what: string): GroupChatFailure {
  return new GroupChatFailure('backend', 'error.malformed', { what })
}

function field(data: Record<string, unknown>, name: string, what: string): string {
  const value = data[name]
  if ((typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value)))
    return String(value)
  throw malformed(`${what}.${name}`)
}

export function record(data: unknown, what: string): Record<string, unknown> {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw malformed(what)
  return data as Record<string, unknown>
}

export function toConfigSignature(data: unknown, what = 'config-signature'): ConfigSignature {
  const d = record(data, what)
  return {
    corpid: field(d, 'corpid', what),
    timestamp: field(d, 'timestamp', what),
    nonceStr: field(d, 'nonceStr', what),
    signature: field(d, 'signature', what),
  }
}

export function toAgentSignature(data: unknown): AgentSignature {
  const what = 'agent-signature'
  return { ...toConfigSignature(data, what), agentid: field(record(data, what), 'agentid', what) }
}

/** `data` is the chatId as a string, or `{ chatId }`. */
function toChatId(data: unknown): string {
  const chatId = typeof data === 'object' && data !== null ? (data as { chatId?: unknown }).chatId : data
  if (typeof chatId !== 'string' || chatId.trim() === '')
    throw malformed('chatId')
  return chatId
}

/** A create's `data`: the chatId, `{ chatId }`, or `{ chatId, existing: true }` (the record's group already existed). */
export function toCreatedChat(data: unknown): CreatedChat {
  const existing = typeof data === 'object' && data !== null && (data as { existing?: unknown }).existing === true
  return { chatId: toChatId(data), existing }
}

