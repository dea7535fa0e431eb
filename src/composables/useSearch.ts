import type { Ref } from 'vue'
import type { IndexedCandidate, PinyinMatcher } from '@/search/match'
import { computed, ref, shallowRef, watch } from 'vue'
import { createSearchCache } from '@/search/cache'
import { wantsPinyin } from '@/search/match'

/** One fetch of the pinyin chunk per page; a failed fetch (offline) is tried again on the next keystroke. */
let pinyinChunk: Promise<PinyinMatcher> | null = null
function loadPinyin(): Promise<PinyinMatcher> {
  pinyinChunk ??= import('@/search/pinyin').then(m => m.matchPinyin).catch((error: unknown) => {
    pinyinChunk = null
    throw error
  })
  return pinyinChunk
}

/**
 * The search box's query and the people it matches. Until the pinyin chunk has arrived, a Latin
 * query matches as plain text; the list then grows by the pinyin matches on its own.
 */
export function useSearch(candidates: Ref<readonly IndexedCandidate[]>) {
  const query = ref('')
  const pinyin = shallowRef<PinyinMatcher | null>(null)

  watch([query, candidates], ([q, list]) => {
    if (pinyin.value || !wantsPinyin(q, list))
      return
    loadPinyin().then(match => (pinyin.value = match), () => {
      // Offline or a CDN hiccup: plain matching goes on.
    })
  })

  // A long pinyin scan answers with plain matches first, then says when its full answer is ready.
  const settled = ref(0)
  const search = createSearchCache({ onSettled: () => settled.value++ })
  const filtered = computed(() => {
    void settled.value
    return search(candidates.value, query.value, pinyin.value)
  })
  return { query, filtered }
}
