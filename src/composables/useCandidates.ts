import type { Candidate } from '@/contract'
import type { InstanceContext } from '@/context'
import type { IndexedCandidate } from '@/search/match'
import { markRaw, ref, shallowRef, watch } from 'vue'
import { GroupChatFailure, isFailure } from '@/errors'
import { checkCandidates } from '@/props'
import { indexCandidate } from '@/search/match'
import { withTimeout } from '@/timeout'

export type { IndexedCandidate }

/**
 * The people to pick from: the host's list, or its loader with loading, error and retry.
 * `{ state, isLoading, error, execute }` in the vueuse manner.
 */
export function useCandidates({ props, report, signal }: Pick<InstanceContext, 'props' | 'report' | 'signal'>) {
  const state = shallowRef<readonly IndexedCandidate[]>([])
  const isLoading = ref(false)
  const error = shallowRef<GroupChatFailure | null>(null)
  let generation = 0

  function accept(list: readonly Candidate[]) {
    state.value = markRaw(list.map(c => indexCandidate(c)))
  }

  async function execute(): Promise<void> {
    const source = props.value.candidates
    const current = ++generation
    error.value = null
    if (typeof source !== 'function') {
      isLoading.value = false
      accept(source)
      return
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
      accept(checked.list)
      checked.problems.forEach(f => report.error(f))
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

/** The same loader, or lists of the same people with the same details, in the same order. */
function sameList(next: Source, last: Source | undefined): boolean {
  if (next === last)
    return true
  if (typeof next === 'function' || typeof last === 'function' || !last || next.length !== last.length)
    return false
  return next.every((c, i) => JSON.stringify(c) === JSON.stringify(last[i]))
}
