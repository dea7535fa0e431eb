import type { IndexedCandidate, PinyinMatcher } from './match'
import { filterCandidates } from './match'

/**
 * Filters like `filterCandidates`, remembering recent queries: a keystroke that extends a query
 * searches only that query's matches (a match of `zhangs` is a match of `zhang`), and Backspace
 * finds its answer ready. A new list or the pinyin chunk's arrival starts afresh.
 */
export function createSearchCache(size = 32) {
  let list: readonly IndexedCandidate[] | null = null
  let pinyin: PinyinMatcher | null | undefined
  const results = new Map<string, readonly IndexedCandidate[]>()

  return function search(all: readonly IndexedCandidate[], query: string, match?: PinyinMatcher | null): readonly IndexedCandidate[] {
    if (all !== list || match !== pinyin) {
      results.clear()
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
    const found = filterCandidates(base, q, match)
    results.set(q, found)
    if (results.size > size)
      results.delete(results.keys().next().value ?? '')
    return found
  }
}
