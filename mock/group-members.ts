/**
 * The record's group in the mock backend: group info (`appchat/get`) and adding members
 * (`appchat/update` `add_user_list`) under WeCom's rules: only groups this app created are known,
 * at most 2000 members, at most 1000 changes an hour per corp (45009 beyond), and a requestId that
 * was answered once is answered the same again without a second change. Dev and tests only.
 */
import type { Refusal } from './create-rules'
import { isRecord, isRequestId, refusal } from './create-rules'

export interface MemberGroup {
  chatId: string
  name: string
  owner: string
  userlist: string[]
}

export interface GroupInfoAnswer {
  chatId: string
  name: string
  owner: string
  members: string[]
  isMember: boolean
}

export type Answer = { ok: true, data: GroupInfoAnswer } | { ok: false, refusal: Refusal }

export interface GroupMembersOptions {
  groups: Map<string, MemberGroup>
  /** The signed-in caller; unset, the caller counts as a member of every group (no user modelled). */
  user: () => string | undefined
  now: () => number
  /** Changes a corp may make per hour (WeCom: 1000). @default 1000 */
  hourlyLimit?: number
}

const HOUR_MS = 3_600_000
const MAX_MEMBERS = 2000
const USER_ID = /^[\w.@-]{1,64}$/

export function createGroupMembers({ groups, user, now, hourlyLimit = 1000 }: GroupMembersOptions) {
  /** When each change was made, for the hourly limit. */
  const changes: number[] = []
  /** Answers by requestId: a repeat changes nothing and answers the same. */
  const answered = new Map<string, GroupInfoAnswer>()

  const find = (chatId: string) => [...groups.values()].find(g => g.chatId === chatId)
  const isMember = (group: MemberGroup) => {
    const me = user()
    return me === undefined || group.userlist.includes(me)
  }
  const infoOf = (group: MemberGroup): GroupInfoAnswer =>
    ({ chatId: group.chatId, name: group.name, owner: group.owner, members: [...group.userlist], isMember: isMember(group) })

  return {
    /** Whether the signed-in user may open the chat in the client. */
    isMember: (chatId: string) => {
      const group = find(chatId)
      return group ? isMember(group) : false
    },
    info(chatId: string): Answer {
      const group = find(chatId)
      // appchat/get only knows groups the calling app created.
      return group ? { ok: true, data: infoOf(group) } : { ok: false, refusal: refusal(86003, 'chat not exist') }
    },
    add(chatId: string, body: unknown): Answer {
      if (!isRecord(body) || !isRequestId(body.requestId))
        return { ok: false, refusal: refusal(40058, 'requestId must be 32 characters of [0-9a-zA-Z]') }
      const replay = answered.get(body.requestId)
      if (replay)
        return { ok: true, data: replay }
      const group = find(chatId)
      if (!group)
        return { ok: false, refusal: refusal(86003, 'chat not exist') }
      const add = Array.isArray(body.add) ? body.add : []
      if (!add.every(id => typeof id === 'string' && USER_ID.test(id)))
        return { ok: false, refusal: refusal(40003) }
      const me = user()
      if (body.self === true && me === undefined)
        return { ok: false, refusal: refusal(40058, 'no signed-in user to add') }
      const wanted = [...new Set([...add as string[], ...(body.self === true && me ? [me] : [])])].filter(id => !group.userlist.includes(id))
      if (group.userlist.length + wanted.length > MAX_MEMBERS)
        return { ok: false, refusal: refusal(86006) }
      const hourAgo = now() - HOUR_MS
      while (changes.length && changes[0]! <= hourAgo)
        changes.shift()
      if (wanted.length && changes.length >= hourlyLimit)
        return { ok: false, refusal: refusal(45009) }
      if (wanted.length) {
        group.userlist.push(...wanted)
        changes.push(now())
      }
      const data = infoOf(group)
      answered.set(body.requestId, data)
      return { ok: true, data }
    },
    reset() {
      changes.length = 0
      answered.clear()
    },
  }
}
