import type { GroupInfo } from '@/api/types'
import { defineStore } from 'pinia'
import { toGroupInfo } from '@/api/groupInfo'
import { computed, shallowRef, watch } from 'vue'
import { useInstance } from '@/runtime/context'
import type { FailureAction } from '@/failures/failure'
import { GroupChatFailure, isFailure } from '@/failures/failure'
import { newRequestId } from '@/requests/requestId'
import { useFlowStore } from './flow'

/** What the record's group is doing: nothing, reading it, or a change (join, add people) under way. */
export type RecordGroupTask = 'idle' | 'loading' | 'joining' | 'adding'

/**
 * The record's existing group for everyone on the record, not only its creator: what it is (with
 * `endpoints.groupInfo`), joining it and adding people to it (with `endpoints.addMembers`). Neither
 * call is ever made unless the host named it (see docs/backend-guide.md).
 */
export const useRecordGroupStore = defineStore('recordGroup', () => {
  const { props, api, env, report } = useInstance()
  const flow = useFlowStore()
  const chatId = computed(() => flow.state.kind === 'existing' ? flow.state.chatId : undefined)
  const canRead = computed(() => api.has('groupInfo'))
  const canAdd = computed(() => api.has('addMembers'))

  const info = shallowRef<GroupInfo | null>(null)
  const task = shallowRef<RecordGroupTask>('idle')
  /** The last read or change that failed, and which it was. */
  const failure = shallowRef<{ task: Exclude<RecordGroupTask, 'idle'>, failure: GroupChatFailure } | null>(null)
  /** Joined or added here; the host heard of it through `onMembersAdded`. */
  const done = shallowRef<{ self: boolean, added: string[] } | null>(null)
  /** The requestId of a change whose outcome is unknown: pressing again with the same change retries it. */
  let pending: { key: string, requestId: string } | undefined

  // Another group (or record) on show: nothing of the last one is kept.
  watch(chatId, () => {
    info.value = null
    failure.value = null
    done.value = null
    task.value = 'idle'
  })

  /** Reads the group once it is on show; a failure is said, and the view still works without it. */
  async function load(): Promise<void> {
    const id = chatId.value
    if (!id || !canRead.value || task.value !== 'idle' || info.value?.chatId === id)
      return
    task.value = 'loading'
    failure.value = null
    try {
      const read = toGroupInfo(await api.groupInfo(id), id)
      if (chatId.value === id)
        info.value = read
    }
    catch (caught) {
      if (chatId.value === id)
        failure.value = { task: 'loading', failure: toFailure(caught, 'load') }
    }
    finally {
      if (chatId.value === id)
        task.value = 'idle'
    }
  }

  /**
   * Adds the user (`self`) or people to the group: one requestId per press, the same one when the
   * last press ended with an unknown outcome. Inside WeCom, a join goes on into the chat.
   */
  async function change(add: string[], self: boolean): Promise<boolean> {
    const id = chatId.value
    if (!id || !canAdd.value || task.value !== 'idle')
      return false
    const key = JSON.stringify([id, [...add].sort(), self])
    const requestId = pending?.key === key ? pending.requestId : newRequestId()
    const bizId = props.value.bizId
    const before = info.value?.members
    task.value = self ? 'joining' : 'adding'
    failure.value = null
    try {
      const after = toGroupInfo(await api.addMembers(id, { add, ...(self ? { self } : {}), requestId }), id)
      pending = undefined
      const added = before ? after.members.filter(m => !before.includes(m)) : add
      report.membersAdded({ chatId: id, bizId, added, self })
      if (chatId.value !== id)
        return true
      info.value = after
      done.value = { self, added }
    }
    catch (caught) {
      const f = toFailure(caught, self ? 'join' : 'add')
      pending = f.outcomeUnknown ? { key, requestId } : undefined
      report.error(f)
      if (chatId.value === id)
        failure.value = { task: self ? 'joining' : 'adding', failure: f }
      return false
    }
    finally {
      if (chatId.value === id)
        task.value = 'idle'
    }
    if (self && env.environment === 'wecom')
      await flow.jump()
    return true
  }

  return {
    chatId,
    canRead,
    canAdd,
    info,
    task,
    failure,
    done,
    load,
    join: () => change([], true),
    addPeople: (userIds: string[]) => change(userIds, false),
    clearFailure: () => (failure.value = null),
  }
})

/** Any failure of a step on the record's group, marked with what was being done: its words follow. */
function toFailure(caught: unknown, action: FailureAction): GroupChatFailure {
  return isFailure(caught) ? caught.with({ action }) : new GroupChatFailure('network', 'error.network', {}, { action, cause: caught })
}
