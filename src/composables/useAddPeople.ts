import type { ComputedRef, Ref, ShallowRef } from 'vue'
import { computed, shallowRef } from 'vue'
import { useInstance } from '@/runtime/context'
import { useRecordGroupStore } from '@/stores/recordGroup'
import { MAX_MEMBERS } from './useSelection'

/** Adding people to the record's group: the picker's state apart from the group's own view. */
export interface UseAddPeopleReturn {
  adding: Ref<boolean>
  picked: ShallowRef<Set<string>>
  memberSet: ComputedRef<Set<string>>
  /** Why Add is not possible yet ('' when it is). */
  addReason: ComputedRef<string>
  /** How many more may still be ticked: select-all stops there. */
  roomLeft: ComputedRef<number>
  toggle: (userId: string, on: boolean) => void
  startAdding: () => void
  stopAdding: () => void
  confirmAdd: () => Promise<void>
}

/** The same picker as creating, the members ticked and locked, the cap counting them. */
export function useAddPeople(members: ComputedRef<readonly string[]>): UseAddPeopleReturn {
  const { t } = useInstance()
  const group = useRecordGroupStore()
  const adding = shallowRef(false)
  const picked = shallowRef(new Set<string>())
  const memberSet = computed(() => new Set(members.value))
  const room = computed(() => MAX_MEMBERS - memberSet.value.size)
  const addReason = computed(() => {
    if (picked.value.size > room.value)
      return t.value('record.addCap', { max: MAX_MEMBERS, count: memberSet.value.size, left: Math.max(0, room.value) })
    return picked.value.size ? '' : t.value('record.addNone')
  })
  function toggle(userId: string, on: boolean) {
    const next = new Set(picked.value)
    if (on && !memberSet.value.has(userId))
      next.add(userId)
    else
      next.delete(userId)
    picked.value = next
  }
  const startAdding = () => {
    picked.value = new Set()
    adding.value = true
  }
  async function confirmAdd() {
    if (addReason.value || group.task !== 'idle')
      return
    if (await group.addPeople([...picked.value]))
      adding.value = false
  }
  return {
    adding,
    picked,
    memberSet,
    addReason,
    roomLeft: computed(() => Math.max(0, room.value - picked.value.size)),
    toggle,
    startAdding,
    stopAdding: () => (adding.value = false),
    confirmAdd,
  }
}
