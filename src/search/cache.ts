import type { IndexedCandidate, PinyinMatcher } from './match'
import { filterCandidates } from './match'
import { inSlices, oneSlice, SLICE_MS } from './slices'

/** People per block of a scan: the clock is read between blocks. */
const BLOCK = 64

export interface SearchCacheOptions {
  size?: number
  /** A scan that did not fit in one slice has finished: asking again now gives its full answer. */
  onSettled?: () => void
  /** Per slice, in ms (tests pass 0 to force slicing). */
  budgetMs?: number
}

/**
 * Filters like `filterCandidates`, remembering recent queries: a keystroke that extends a query
 * searches only that query's matches (a match of `zhangs` is a match of `zhang`), and Backspace
 * finds its answer ready. A new list or the pinyin chunk's arrival starts afresh.
 *
 * A scan that does not fit in one slice (a first keystroke over 100,000 people, a first pinyin
 * scan of their names) answers at once with the list it narrows and goes on in slices that yield;
 * when done, its full answer is remembered and `onSettled` says to ask again. Only the newest scan
 * goes on.
 */
export function createSearchCache({ size = 32, onSettled, budgetMs = SLICE_MS }: SearchCacheOptions = {}) {
  let list: readonly IndexedCandidate[] | null = null
  let pinyin: PinyinMatcher | null | undefined
  const results = new Map<string, readonly IndexedCandidate[]>()
  /** The running scan: its query and the list it narrows; another query (or a reset) stops it. */
  let scanning: { query: string, base: readonly IndexedCandidate[] } | null = null

  function remember(q: string, found: readonly IndexedCandidate[]) {
    results.set(q, found)
    if (results.size > size)
      results.delete(results.keys().next().value ?? '')
  }

  function scan(base: readonly IndexedCandidate[], q: string, match: PinyinMatcher | null | undefined): readonly IndexedCandidate[] {
    const found: IndexedCandidate[] = []
    // Blocks of people, each through the same filter as the whole list would be.
    const blocks = Array.from({ length: Math.ceil(base.length / BLOCK) }, (_, i) => i * BLOCK)
    const each = (from: number) => {
      found.push(...filterCandidates(base.slice(from, from + BLOCK), q, match))
    }
    const stopped = oneSlice(blocks, 0, each, budgetMs, 1)
    if (stopped === blocks.length) {
      remember(q, found)
      return found
    }
    const mine = { query: q, base }
    scanning = mine
    const rest = blocks.slice(stopped)
    void inSlices(rest, each, { budgetMs, step: 1, cancelled: () => scanning !== mine }).then((done) => {
      if (!done || scanning !== mine)
        return
      scanning = null
      remember(q, found)
      onSettled?.()
    })
    // Meanwhile: the list it narrows (a superset of the answer), the very array shown before, so
    // nothing re-renders twice; a partial answer would render every row of a short list for nothing.
    return base
  }

  return function search(all: readonly IndexedCandidate[], query: string, match?: PinyinMatcher | null): readonly IndexedCandidate[] {
    if (all !== list || match !== pinyin) {
      results.clear()
      scanning = null
      list = all
      pinyin = match
    }
    const q = query.trim().toLowerCase()
    const known = results.get(q)
    if (known)
      return known
    let base = all
    for (let end = q.length - 1; end > 0; end--) {
      const narrower = results.get(q.slice(0, end))
      if (narrower) {
        base = narrower
        break
      }
    }
    if (!q)
      return all
    return scanning?.query === q ? scanning.base : scan(base, q, match)
  }
}
