import type { Candidate } from '@/contract'
import type { InstanceContext } from '@/runtime/context'
import type { IndexedCandidate } from '@/search/match'
import { markRaw, ref, shallowRef, watch } from 'vue'
import { GroupChatFailure, isFailure } from '@/failures/failure'
import { CHECK_AT_ONCE, checkCandidate, checkCandidates, duplicatesProblem } from '@/runtime/props'
import { indexCandidate } from '@/search/match'
import { inSlices, yieldToPage } from '@/search/slices'
import { withTimeout } from '@/runtime/deadline'

export type { IndexedCandidate }

/** Up to this many people are checked and indexed at once (a few ms); more, in slices that yield. */
export const INDEX_AT_ONCE = CHECK_AT_ONCE

/** Each indexed list's people by userId, built with it (selection looks names up there, not in a copy). */
const byUserId = new WeakMap<readonly IndexedCandidate[], ReadonlyMap<string, IndexedCandidate>>()
export function peopleById(list: readonly IndexedCandidate[]): ReadonlyMap<string, IndexedCandidate> {
  let found = byUserId.get(list)
  if (!found) {
    found = new Map(list.map(c => [c.userId, c]))
    byUserId.set(list, found)
  }
  return found
}

/**
 * The people to pick from: the host's list, or its loader with loading, error and retry.
 * `{ state, isLoading, error, execute }` in the vueuse manner; `problems`: duplicates a long list had.
 */
export function useCandidates({ props, report, signal }: Pick<InstanceContext, 'props' | 'report' | 'signal'>) {
  const state = shallowRef<readonly IndexedCandidate[]>([])
  const isLoading = ref(false)
  const error = shallowRef<GroupChatFailure | null>(null)
  let generation = 0

  /** People a long list named twice (first wins): found while slicing, said once. */
  const problems = shallowRef<readonly GroupChatFailure[]>([])

  /**
   * Indexes the people for search. A long list is checked (see checkCandidate) and indexed in
   * slices (100,000 people take ~110 ms in all), the picker saying people are loading meanwhile; a
   * newer list or an unmount stops it. A person who cannot be offered makes it a load error.
   */
  async function accept(list: readonly Candidate[], current: number): Promise<void> {
    problems.value = []
    if (list.length <= INDEX_AT_ONCE) {
      state.value = markRaw(list.map(c => indexCandidate(c)))
      return
    }
    state.value = []
    isLoading.value = true
    // Not even a first slice inside mount() or update(): the page paints first.
    await yieldToPage()
    const indexed: IndexedCandidate[] = []
    // The index by userId is also what finds duplicates: no second table of 100,000 keys to collect.
    const ids = new Map<string, IndexedCandidate>()
    const seen = { has: (id: string) => ids.has(id), add: () => {} }
    const duplicates: string[] = []
    const found: { failure?: GroupChatFailure } = {}
    const each = (raw: Candidate) => {
      const c = found.failure ? null : checkCandidate(raw, indexed.length + duplicates.length, seen)
      if (c instanceof GroupChatFailure)
        found.failure = c
      else if (c)
        ids.set(c.userId, indexed[indexed.push(indexCandidate(c)) - 1] as IndexedCandidate)
      else if (!found.failure)
        duplicates.push(raw.userId)
    }
    const stopped = () => current !== generation || signal.aborted || !!found.failure
    const done = !stopped() && await inSlices(list, each, { cancelled: stopped })
    if (found.failure)
      throw found.failure
    if (!done)
      return
    byUserId.set(indexed, ids)
    state.value = markRaw(indexed)
    problems.value = duplicatesProblem(duplicates)
    problems.value.forEach(f => report.error(f))
    isLoading.value = false
  }

  function fail(f: GroupChatFailure) {
    state.value = []
    isLoading.value = false
    error.value = f
    report.error(f)
  }

  async function execute(): Promise<void> {
    const source = props.value.candidates
    const current = ++generation
    error.value = null
    if (typeof source !== 'function') {
      isLoading.value = false
      return accept(source, current).catch((failure: GroupChatFailure) => {
        if (current === generation)
          fail(failure)
      })
    }
    // Never offer the previous source's people while (or after failing) loading new ones.
    state.value = []
    isLoading.value = true
    try {
      const loaded = await withTimeout(
        Promise.resolve().then(() => source()),
        props.value.timeoutMs ?? 10_000,
        () => new GroupChatFailure('timeout', 'error.loader'),
        signal,
      )
      if (current !== generation)
        return
      // A long list is checked in the slices that index it.
      const checked = Array.isArray(loaded) && loaded.length > INDEX_AT_ONCE ? { list: loaded, problems: [] } : checkCandidates(loaded)
      if (checked instanceof GroupChatFailure)
        throw checked
      checked.problems.forEach(f => report.error(f))
      await accept(checked.list, current)
    }
    catch (failure) {
      if (current !== generation || (isFailure(failure) && failure.aborted))
        return
      fail(isFailure(failure) ? failure : new GroupChatFailure('network', 'error.loader', {}, { cause: failure }))
    }
    finally {
      if (current === generation)
        isLoading.value = false
    }
  }

  // A host's update() passes its list anew each time: only a list that really changed is taken up
  // again, so an update never resets the picker (its scroll, its focused row).
  watch(() => props.value.candidates, (next, last) => {
    if (!sameList(next, last))
      void execute()
  }, { immediate: true })

  return { state, isLoading, error, problems, execute }
}

type Source = InstanceContext['props']['value']['candidates']

/**
 * The same loader, or lists of the same people with the same details, in the same order. Field by
 * field, never serialised: 100,000 people compare in a few ms on every update().
 */
export function sameList(next: Source, last: Source | undefined): boolean {
  if (next === last)
    return true
  if (typeof next === 'function' || typeof last === 'function' || !last || next.length !== last.length)
    return false
  for (let i = 0; i < next.length; i++) {
    const a = next[i] as Candidate
    const b = last[i] as Candidate
    if (a !== b && (a.userId !== b.userId || a.name !== b.name || a.department !== b.department || a.avatar !== b.avatar || !sameWords(a.keywords, b.keywords)))
      return false
  }
  return true
}

const sameWords = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((k, i) => k === b[i]))
