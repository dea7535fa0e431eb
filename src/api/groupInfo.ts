import type { GroupInfo } from './types'
import { malformed, record } from './validate'

/**
 * Group info (and the answer to adding members): names may be empty, members are userIds. Only the
 * record's group view reads it, so it loads with that view's chunk.
 */
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
