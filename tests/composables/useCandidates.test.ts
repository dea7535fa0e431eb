import type { Candidate } from '@/contract'
import type { ResolvedProps } from '@/runtime/props'
import { describe, expect, it, vi } from 'vitest'
import { nextTick, shallowRef } from 'vue'
import { INDEX_AT_ONCE, sameList, useCandidates } from '@/composables/useCandidates'
import { checkCandidates } from '@/runtime/props'

const people = (n: number, name = (i: number) => `张${i}`): Candidate[] => Array.from({ length: n }, (_, i) => ({ userId: `u${i}`, name: name(i) }))

function setup(candidates: ResolvedProps['candidates']) {
  const props = shallowRef({ candidates, timeoutMs: 1000 } as unknown as ResolvedProps)
  const report = { error: vi.fn() }
  const controller = new AbortController()
  const result = useCandidates({ props, report, signal: controller.signal } as never)
  return { ...result, props, controller }
}

describe('a long list of people', () => {
  it('is indexed in slices: loading at first, every person indexed once the slices are done', async () => {
    const list = people(INDEX_AT_ONCE * 50)
    const { state, isLoading } = setup(list)
    // Nothing indexed in the mount's own task…
    expect(state.value).toHaveLength(0)
    expect(isLoading.value).toBe(true)
    await vi.waitFor(() => expect(isLoading.value).toBe(false), { timeout: 10_000 })
    expect(state.value).toHaveLength(list.length)
    expect(state.value[5]?.haystack).toContain('张5')
  })

  it('a short list is indexed at once', () => {
    const { state, isLoading } = setup(people(10))
    expect(state.value).toHaveLength(10)
    expect(isLoading.value).toBe(false)
  })

  it('a newer list while slicing wins, and an unmount stops the slicing', async () => {
    const { state, props, isLoading } = setup(people(INDEX_AT_ONCE * 50))
    props.value = { ...props.value, candidates: people(3, i => `李${i}`) } as ResolvedProps
    const stopped = setup(people(INDEX_AT_ONCE * 50))
    stopped.controller.abort()
    await nextTick()
    // The same work started later, not stopped: once it is done, the stopped ones would be too.
    const control = setup(people(INDEX_AT_ONCE * 50))
    await vi.waitFor(() => expect(control.isLoading.value).toBe(false), { timeout: 10_000 })
    await new Promise(resolve => setTimeout(resolve, 200))
    expect(state.value.map(c => c.name)).toEqual(['李0', '李1', '李2'])
    expect(isLoading.value).toBe(false)
    expect(stopped.state.value).toHaveLength(0)
  })
})

describe('update() with the same people', () => {
  it('is the same list, field by field, and a changed detail is not', () => {
    const a = people(100)
    expect(sameList(a.map(c => ({ ...c })), a)).toBe(true)
    expect(sameList(a.map((c, i) => i === 50 ? { ...c, department: 'x' } : c), a)).toBe(false)
    expect(sameList(a.map((c, i) => i === 99 ? { ...c, keywords: ['k'] } : c), a)).toBe(false)
    expect(sameList(a.slice(1), a)).toBe(false)
  })
})

describe('sameList: every detail tells two lists apart', () => {
  const a = people(3).map(c => ({ ...c, department: 'D', avatar: 'a.png', keywords: ['x', 'z'] }))
  const change = (patch: Partial<Candidate>) => a.map((c, i) => i === 1 ? { ...c, ...patch } : c)

  it('another userId, name, avatar or keywords is another list; equal words in a new array are not', () => {
    expect(sameList(change({ userId: 'other' }), a)).toBe(false)
    expect(sameList(change({ name: 'other' }), a)).toBe(false)
    expect(sameList(change({ avatar: 'b.png' }), a)).toBe(false)
    expect(sameList(change({ keywords: undefined }), a)).toBe(false)
    expect(sameList(change({ keywords: ['x'] }), a)).toBe(false)
    expect(sameList(change({ keywords: ['x', 'y'] }), a)).toBe(false)
    expect(sameList(change({ keywords: ['x', 'z', 'y'] }), a)).toBe(false)
    expect(sameList(change({ keywords: ['x', 'z'] }), a)).toBe(true)
    const wordless = a.map(c => ({ ...c, keywords: undefined }))
    expect(sameList(wordless, a)).toBe(false)
    expect(sameList(a, wordless)).toBe(false)
    expect(sameList(wordless.map(c => ({ ...c })), wordless)).toBe(true)
  })

  it('the first people of a list are not the list', () => {
    expect(sameList(a.slice(0, 2), a)).toBe(false)
  })

  it('a loader is never the same as a list, even an empty one; only the same loader is the same', () => {
    const loader = async () => a
    for (const [next, last] of [[loader, a], [a, loader], [loader, []], [[], loader], [async () => a, loader], [a, undefined]] as const)
      expect(sameList(next, last)).toBe(false)
    expect(sameList(loader, loader)).toBe(true)
  })
})

describe('the props check of the people', () => {
  it('keeps a clean list as the host\'s own array, not a copy', () => {
    const list = people(1000)
    const checked = checkCandidates(list)
    expect(checked).not.toBeInstanceOf(Error)
    expect((checked as { list: unknown }).list).toBe(list)
  })

  it('copies from the first person needing a fix, and keeps the clean ones as they are', () => {
    const list = [...people(3), { userId: 'x', name: '', department: '' }, { userId: 'u0', name: 'dup' }]
    const checked = checkCandidates(list) as { list: readonly Candidate[], problems: unknown[] }
    expect(checked.list).not.toBe(list)
    expect(checked.list[0]).toBe(list[0])
    expect(checked.list[3]).toEqual({ userId: 'x', name: 'x' })
    expect(checked.list).toHaveLength(4)
    expect(checked.problems).toHaveLength(1)
  })
})
