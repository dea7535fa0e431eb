import type { Ref } from 'vue'
import type { IndexedCandidate } from './useCandidates'
import type { MessageKey, MessageParams } from '@/i18n'
import { computed, ref, shallowRef, triggerRef, watch } from 'vue'

export const MIN_MEMBERS = 2
export const MAX_MEMBERS = 2000
export const MAX_NAME_LENGTH = 50

export interface Reason { key: MessageKey, params?: MessageParams }

/** Characters as WeCom counts them: code points, so an emoji or a CJK character is one. */
export function nameLength(name: string): number {
  return [...name].length
}

/**
 * Who is picked and what the group is called, with the reason Create is disabled.
 * The owner is always in and cannot be removed.
 */
export function useSelection(options: {
  candidates: Ref<readonly IndexedCandidate[]>
  owner: Ref<string | undefined>
  defaultSelected: Ref<readonly string[]>
  defaultName: Ref<string>
}) {
  const picked = shallowRef(new Set<string>())
  const name = ref('')
  /** Names of people added from outside the candidate list (WeCom's own picker). */
  const extraNames = new Map<string, string>()

  const byId = computed(() => new Map(options.candidates.value.map(c => [c.userId, c])))

  // New candidates (update() or a reload) drop picks that are no longer offered, except people
  // added from WeCom's own picker, who were never in the list.
  watch(options.candidates, (list) => {
    const offered = new Set(list.map(c => c.userId))
    const kept = [...picked.value].filter(id => offered.has(id) || extraNames.has(id))
    if (list.length && kept.length !== picked.value.size) {
      picked.value = new Set(kept)
    }
  })

  function reset() {
    picked.value = new Set(options.defaultSelected.value)
    name.value = options.defaultName.value.slice(0, 200)
  }
  reset()

  /** Selected userIds, the owner first, without duplicates. */
  const selected = computed(() => {
    const owner = options.owner.value
    const ids = [...picked.value].filter(id => id !== owner)
    return owner ? [owner, ...ids] : ids
  })

  const isSelected = (userId: string) => userId === options.owner.value || picked.value.has(userId)
  const displayName = (userId: string) => byId.value.get(userId)?.name ?? extraNames.get(userId) ?? userId

  function toggle(userId: string, on = !isSelected(userId)) {
    if (userId === options.owner.value)
      return
    if (on)
      picked.value.add(userId)
    else
      picked.value.delete(userId)
    triggerRef(picked)
  }

  function addMany(userIds: Iterable<string>) {
    for (const id of userIds)
      picked.value.add(id)
    triggerRef(picked)
  }

  /** People from WeCom's own picker: added, deduplicated; the cap is checked like any other choice. */
  function addContacts(contacts: { userId: string, name: string }[]) {
    for (const c of contacts) {
      if (!byId.value.has(c.userId))
        extraNames.set(c.userId, c.name)
    }
    addMany(contacts.map(c => c.userId))
  }

  const reason = computed<Reason | null>(() => {
    const count = selected.value.length
    if (count < MIN_MEMBERS)
      return { key: 'validation.tooFew' }
    if (count > MAX_MEMBERS)
      return { key: 'validation.tooMany', params: { max: MAX_MEMBERS, count } }
    const length = nameLength(name.value.trim())
    if (length > MAX_NAME_LENGTH)
      return { key: 'validation.nameTooLong', params: { max: MAX_NAME_LENGTH, count: length } }
    return null
  })

  return { selected, name, reason, isSelected, displayName, toggle, addMany, addContacts, reset }
}
