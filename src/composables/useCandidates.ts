import type { Candidate } from '@/contract'
import type { InstanceContext } from '@/runtime/context'
import type { IndexedCandidate } from '@/search/match'
import { markRaw, ref, shallowRef, watch } from 'vue'
import { GroupChatFailure, isFailure } from '@/failures/failure'
import { checkCandidates } from '@/runtime/props'
import { indexCandidate } from '@/search/match'
import { inSlices, yieldToPage } from '@/search/slices'
import { withTimeout } from '@/runtime/deadline'

export type { IndexedCandidate }

/** Up to this many people are indexed at once (a few ms); more are indexed in slices that yield. */
export const INDEX_AT_ONCE = 2000

/**
 * The people to pick from: the host's list, or its loader with loading, error and retry.
 * `{ state, isLoading, error, execute }` in the vueuse manner.
 */
export function useCandidates({ props, report, signal }: Pick<InstanceContext, 'props' | 'report' | 'signal'>) {
  const state = shallowRef<readonly IndexedCandidate[]>([])
  const isLoading = ref(false)
  const error = shallowRef<GroupChatFailure | null>(null)
  let generation = 0

  /**
   * Indexes the people for search. A long list is done in slices (100,000 people take ~110 ms in
   * all), the picker saying people are loading meanwhile; a newer list or an unmount stops it.
   */
  async function accept(list: readonly Candidate[], current: number): Promise<void> {
    if (list.length <= INDEX_AT_ONCE) {
      state.value = markRaw(list.map(c => indexCandidate(c)))
      return
    }
    state.value = []
    isLoading.value = true
    // Not even a first slice inside mount() or update(): the page paints first.
    await yieldToPage()
    const indexed: IndexedCandidate[] = []
    const done = current === generation && !signal.aborted && await inSlices(list, c => indexed.push(indexCandidate(c)), { cancelled: () => current !== generation || signal.aborted })
    if (!done)
      return
    state.value = markRaw(indexed)
    isLoading.value = false
  }

  async function execute(): Promise<void> {
    const source = props.value.candidates
    const current = ++generation
    error.value = null
    if (typeof source !== 'function') {
      isLoading.value = false
      return accept(source, current)
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
      const checked = checkCandidates(loaded)
      if (checked instanceof GroupChatFailure)
        throw checked
      checked.problems.forEach(f => report.error(f))
      await accept(checked.list, current)
    }
    catch (failure) {
      if (current !== generation || (isFailure(failure) && failure.aborted))
        return
      const f = isFailure(failure) ? failure : new GroupChatFailure('network', 'error.loader', {}, { cause: failure })
      error.value = f
      report.error(f)
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

  return { state, isLoading, error, execute }
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
