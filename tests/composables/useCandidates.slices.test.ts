import type { Candidate } from '@/contract'
import type { IndexedCandidate } from '@/search/match'
import { within } from '@testing-library/dom'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref, shallowRef } from 'vue'
import { INDEX_AT_ONCE, peopleById, useCandidates } from '@/composables/useCandidates'
import { useSelection } from '@/composables/useSelection'
import { checkProps } from '@/runtime/props'
import { createStoreWorld } from '../helpers/instance'
import { mountApp } from '../helpers/mount'

/** More people than are checked and indexed at once: the sliced path. */
const LONG = INDEX_AT_ONCE + 500
const people = (n: number): Candidate[] => Array.from({ length: n }, (_, i) => ({ userId: `u${i}`, name: `张${i}` }))
const scopes: ReturnType<typeof effectScope>[] = []

function candidates(props: Record<string, unknown>) {
  const world = createStoreWorld(props)
  const scope = effectScope()
  scopes.push(scope)
  return { ...world, ...scope.run(() => useCandidates(world.context))! }
}

afterEach(() => {
  scopes.splice(0).forEach(s => s.stop())
})

describe('a long list is checked in the slices that index it, not in mount() or update()', () => {
  it('the props check leaves a long list as it is: a bad person there is not looked at yet', () => {
    const list = [...people(LONG), { userId: '', name: 'nobody' }]
    const { props, problems, fatal } = checkProps({ bizId: 'R1', candidates: list })
    expect(props.candidates).toBe(list)
    expect(problems).toEqual([])
    expect(fatal).toBe(false)
    // A short one is still checked where it enters.
    expect(checkProps({ bizId: 'R1', candidates: [{ userId: '', name: 'x' }] }).fatal).toBe(true)
  })

  it('duplicates found in the slices reach onError once, as one problem; the first wins, a fixed person is kept fixed', async () => {
    const list = [...people(LONG), { userId: 'u3', name: 'again' }, { userId: 'u7', name: 'again' }, { userId: 'x', name: '', department: '' }]
    const { state, isLoading, problems, error, report } = candidates({ candidates: list })
    expect(isLoading.value).toBe(true)
    await vi.waitFor(() => expect(isLoading.value).toBe(false), { timeout: 10_000 })
    expect(state.value).toHaveLength(LONG + 1)
    expect(state.value[3]?.name).toBe('张3')
    expect(state.value.at(-1)).toMatchObject({ userId: 'x', name: 'x' })
    expect(state.value.at(-1)).not.toHaveProperty('department')
    expect(error.value).toBeNull()
    expect(problems.value).toMatchObject([{ key: 'error.invalidProps.duplicate', params: { userId: 'u3, u7' } }])
    expect(report.error).toHaveBeenCalledTimes(1)
    expect(report.error).toHaveBeenCalledWith(problems.value[0])
  })

  it('a person who cannot be offered is a load error, said once, with its place in the list; nobody is offered', async () => {
    const list = people(LONG)
    list.splice(LONG - 10, 0, { userId: 'u3', name: 'again' }, { name: 'no account' } as Candidate)
    const { state, isLoading, error, report } = candidates({ candidates: list })
    await vi.waitFor(() => expect(error.value).not.toBeNull(), { timeout: 10_000 })
    expect(error.value).toMatchObject({ code: 'invalid-props', key: 'error.invalidProps.candidate', params: { index: LONG - 8 } })
    expect(isLoading.value).toBe(false)
    expect(state.value).toEqual([])
    expect(report.error).toHaveBeenCalledTimes(1)
    expect(report.error).toHaveBeenCalledWith(error.value)
  })

  it('a loader\'s long answer is checked in slices too', async () => {
    const list = [...people(LONG), { userId: 'u1', name: 'again' }]
    const { state, isLoading, problems } = candidates({ candidates: async () => list })
    await vi.waitFor(() => expect(state.value).toHaveLength(LONG), { timeout: 10_000 })
    expect(isLoading.value).toBe(false)
    expect(problems.value).toMatchObject([{ params: { userId: 'u1' } }])
  })

  it('the duplicates of a long list are shown to people too, once', async () => {
    const onError = vi.fn()
    const app = await mountApp({ candidates: [...people(LONG), { userId: 'u9', name: 'again' }], onError })
    const alert = await vi.waitFor(() => within(app.container).getByRole('alert'), { timeout: 10_000 })
    expect(alert.textContent).toContain('u9')
    expect(onError).toHaveBeenCalledTimes(1)
    await app.unmount()
  })
})

describe('the selection over a long list', () => {
  it('opens without going through the list: names and offers come from the index built in the slices', async () => {
    const { state, isLoading } = candidates({ candidates: people(LONG) })
    await vi.waitFor(() => expect(isLoading.value).toBe(false), { timeout: 10_000 })
    const list = state.value as IndexedCandidate[]
    const walked = vi.spyOn(list, 'map')
    const iterated = vi.spyOn(list, Symbol.iterator)
    const selection = useSelection({ candidates: shallowRef(list), owner: ref('u0'), defaultSelected: ref(['u5']), defaultName: ref('') })
    expect(selection.nameOf('u5')).toBe('张5')
    expect(selection.nameOf(`u${LONG - 1}`)).toBe(`张${LONG - 1}`)
    expect(walked).not.toHaveBeenCalled()
    expect(iterated).not.toHaveBeenCalled()
    expect(peopleById(list).size).toBe(LONG)
  })

  it('someone from WeCom\'s picker who is in the list goes with the list, like anyone picked from it', async () => {
    const candidatesRef = shallowRef(people(5).map(c => ({ ...c, haystack: c.name, han: true })))
    const selection = useSelection({ candidates: candidatesRef, owner: ref('u0'), defaultSelected: ref([]), defaultName: ref('') })
    selection.addContacts([{ userId: 'u2', name: 'WeCom name' }, { userId: 'w1', name: 'Only in WeCom' }])
    expect(selection.nameOf('u2')).toBe('张2')
    candidatesRef.value = people(1).map(c => ({ ...c, haystack: c.name, han: true }))
    await vi.waitFor(() => expect(selection.selected.value).toEqual(['u0', 'w1']))
  })
})
