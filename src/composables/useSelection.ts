import type { Ref } from 'vue'
import type { IndexedCandidate } from './useCandidates'
import { peopleById } from './useCandidates'
import type { Draft } from '@/stores/drafts'
import type { MessageKey, MessageParams } from '@/i18n'
import { computed, ref, shallowRef, triggerRef, watch } from 'vue'

const MIN_MEMBERS = 2
export const MAX_MEMBERS = 2000
export const MAX_NAME_LENGTH = 50

export interface Reason { key: MessageKey, params?: MessageParams }

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter() : null

/**
 * Characters as people see them (graphemes): a CJK character, an emoji, even a family emoji made
 * of seven code points, is one. Without Intl.Segmenter (old engines), code points.
 */
export function nameLength(name: string): number {
  if (!segmenter)
    return [...name].length
  return Array.from(segmenter.segment(name)).length
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
  /**
   * The user has changed the selection (or pressed Create): from then on the reason Create is
   * disabled is an error, before it is only a hint.
   */
  const touched = ref(false)
  /**
   * Every name seen: from each candidate list (so a failed reload still shows names, not bare
   * userIds), looked up in the lists' own indexes (no copy of 100,000 names on open), and from
   * WeCom's own picker (people who were never in the list).
   */
  const names = shallowRef(new Map<string, string>())
  const extra = new Set<string>()
  let lists: ReadonlyMap<string, { name: string }>[] = []

  // New candidates (update() or a reload) drop picks that are no longer offered, except people
  // added from WeCom's own picker, who were never in the list.
  watch(options.candidates, (list) => {
    const offered = peopleById(list)
    // The last few lists are enough for names; more would keep every list a host ever passed alive.
    if (list.length)
      lists = [offered, ...lists.filter(seen => seen !== offered)].slice(0, 8)
    const kept = [...picked.value].filter(id => offered.has(id) || extra.has(id))
    if (list.length && kept.length !== picked.value.size)
      picked.value = new Set(kept)
  }, { immediate: true })

  function reset() {
    picked.value = new Set(options.defaultSelected.value)
    name.value = options.defaultName.value.slice(0, 200)
    touched.value = false
  }
  reset()

  /** The draft to keep while the dialog is closed, and back from it. */
  const snapshot = (): Draft => ({
    picked: [...picked.value],
    contacts: [...extra].filter(id => picked.value.has(id)).map(userId => ({ userId, name: names.value.get(userId)! })),
    name: name.value,
    touched: touched.value,
  })
  function restore(draft: Draft) {
    remember(draft.contacts)
    picked.value = new Set(draft.picked)
    name.value = draft.name
    touched.value = draft.touched
  }

  /** Selected userIds, the owner first, without duplicates. */
  const selected = computed(() => {
    const owner = options.owner.value
    const ids = [...picked.value].filter(id => id !== owner)
    return owner ? [owner, ...ids] : ids
  })

  const isSelected = (userId: string) => userId === options.owner.value || picked.value.has(userId)
  /** The person's name, or undefined while no name is known for that userId. */
  const nameOf = (userId: string): string | undefined => {
    void options.candidates.value
    for (const list of lists) {
      const name = list.get(userId)?.name
      if (name !== undefined)
        return name
    }
    return names.value.get(userId)
  }
  const displayName = (userId: string) => nameOf(userId) ?? userId

  function change(edit: (set: Set<string>) => void) {
    edit(picked.value)
    picked.value.delete(options.owner.value ?? '')
    touched.value = true
    triggerRef(picked)
  }
  const toggle = (userId: string, on = !isSelected(userId)) => change(set => on ? set.add(userId) : set.delete(userId))
  const addMany = (userIds: Iterable<string>) => change((set) => {
    for (const id of userIds) set.add(id)
  })
  const removeMany = (userIds: Iterable<string>) => change((set) => {
    for (const id of userIds) set.delete(id)
  })
  /** Everyone out but the owner. */
  const clear = () => change(set => set.clear())

  /** People from WeCom's own picker: added, deduplicated; the cap is checked like any other choice. */
  function addContacts(contacts: { userId: string, name: string }[]) {
    remember(contacts)
    addMany(contacts.map(c => c.userId))
  }
  /** Names of people in no list: kept, and their picks survive a new list. */
  function remember(contacts: readonly { userId: string, name: string }[]) {
    for (const c of contacts) {
      if (nameOf(c.userId) === undefined) {
        names.value.set(c.userId, c.name)
        extra.add(c.userId)
      }
    }
    triggerRef(names)
  }

  /** How many must go before Create is possible again. */
  const excess = computed(() => Math.max(0, selected.value.length - MAX_MEMBERS))
  /** "Clear selection" is offered once anyone beyond the defaults is picked (or over the limit). */
  const canClear = computed(() => {
    const defaults = new Set(options.defaultSelected.value)
    return excess.value > 0 || [...picked.value].some(id => !defaults.has(id))
  })

  const reason = computed((): Reason | null => {
    const count = selected.value.length
    if (count < MIN_MEMBERS)
      return { key: 'validation.tooFew' }
    if (excess.value)
      return { key: 'validation.tooMany', params: { max: MAX_MEMBERS, count, excess: excess.value } }
    const length = nameLength(name.value.trim())
    if (length > MAX_NAME_LENGTH)
      return { key: 'validation.nameTooLong', params: { max: MAX_NAME_LENGTH, count: length } }
    return null
  })

  /** How many more may be picked before the limit. */
  const room = computed(() => Math.max(0, MAX_MEMBERS - selected.value.length))

  return { selected, name, reason, touched, excess, room, canClear, isSelected, nameOf, displayName, toggle, addMany, removeMany, clear, addContacts, reset, snapshot, restore }
}
