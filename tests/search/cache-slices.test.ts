import type { PinyinMatcher } from '@/search/match'
import { describe, expect, it, vi } from 'vitest'
import { demoCandidates } from '../../mock/demo-candidates'
import { createSearchCache } from '@/search/cache'
import { filterCandidates, indexCandidate } from '@/search/match'
import { matchPinyin } from '@/search/pinyin'
import { inSlices } from '@/search/slices'

const everyone = demoCandidates(5000).map(indexCandidate)
const ids = (list: readonly { userId: string }[]) => list.map(c => c.userId)

describe('a first pinyin scan too long for one slice', () => {
  it('answers at once with the list it narrows (the same array), then in slices that yield gives the full answer', async () => {
    const calls = vi.fn<PinyinMatcher>(matchPinyin)
    const onSettled = vi.fn()
    // A budget of 0 ms: one block per slice.
    const search = createSearchCache({ budgetMs: 0, onSettled })
    const first = search(everyone, 'z', calls)
    const full = ids(filterCandidates(everyone, 'z', matchPinyin))
    expect(first).toBe(everyone)
    expect(search(everyone, 'z', calls)).toBe(everyone)
    // The rest waits for the page's next turn: far from every name was matched yet.
    expect(calls.mock.calls.length).toBeLessThan(everyone.length / 10)
    expect(onSettled).not.toHaveBeenCalled()
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1), { timeout: 10_000 })
    expect(ids(search(everyone, 'z', calls))).toEqual(full)
  })

  it('slices a plain-text scan of a long list too', async () => {
    const onSettled = vi.fn()
    const search = createSearchCache({ budgetMs: 0, onSettled })
    const full = ids(filterCandidates(everyone, '7', null))
    expect(search(everyone, '7', null)).toBe(everyone)
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1), { timeout: 10_000 })
    expect(ids(search(everyone, '7', null))).toEqual(full)
  })

  it('stops a scan once another query is asked, and settles only the newest', async () => {
    const onSettled = vi.fn()
    const search = createSearchCache({ budgetMs: 0, onSettled })
    search(everyone, 'z', matchPinyin)
    search(everyone, 'x', matchPinyin)
    await vi.waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1), { timeout: 10_000 })
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(onSettled).toHaveBeenCalledTimes(1)
    expect(ids(search(everyone, 'x', matchPinyin))).toEqual(ids(filterCandidates(everyone, 'x', matchPinyin)))
  })
})

describe('work in slices', () => {
  it('gives the page a turn between slices and stops when cancelled', async () => {
    const seen: number[] = []
    const pause = vi.fn(async () => {})
    expect(await inSlices(Array.from({ length: 1000 }, (_, i) => i), i => seen.push(i), { budgetMs: 0, step: 100, pause })).toBe(true)
    expect(seen).toHaveLength(1000)
    expect(pause).toHaveBeenCalledTimes(9)
    let stop = false
    const few: number[] = []
    const stopped = inSlices(Array.from({ length: 1000 }, (_, i) => i), i => few.push(i), { budgetMs: 0, step: 100, cancelled: () => stop })
    stop = true
    expect(await stopped).toBe(false)
    expect(few).toHaveLength(100)
  })
})
