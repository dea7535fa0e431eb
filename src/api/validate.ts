import type { AgentSignature, ConfigSignature, CreatedChat, GroupInfo } from './types'
import { GroupChatFailure } from '@/errors'

/** Backend payloads are checked where they enter; a wrong shape is a clear `backend` error. */
function malformed(what: string): GroupChatFailure {
  return new GroupChatFailure('backend', 'error.malformed', { what })
}

function field(data: Record<string, unknown>, name: string, what: string): string {
  const value = data[name]
  if ((typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value)))
    return String(value)
  throw malformed(`${what}.${name}`)
}

function record(data: unknown, what: string): Record<string, unknown> {
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
export function toChatId(data: unknown): string {
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

/** Group info (and the answer to adding members): names may be empty, members are userIds. */
export function toGroupInfo(data: unknown, chatId: string): GroupInfo {
  const what = 'group-info'
  const d = record(data, what)
  if (!Array.isArray(d.members) || typeof d.isMember !== 'boolean')
    throw malformed(`${what}.${Array.isArray(d.members) ? 'isMember' : 'members'}`)
  return {
    chatId: typeof d.chatId === 'string' && d.chatId ? d.chatId : chatId,
    name: typeof d.name === 'string' ? d.name : '',
    owner: typeof d.owner === 'string' ? d.owner : '',
    members: d.members.filter((m): m is string => typeof m === 'string' && m !== ''),
    isMember: d.isMember,
  }
}
