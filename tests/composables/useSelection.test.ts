import type { IndexedCandidate } from '@/search/match'
import { describe, expect, it } from 'vitest'
import { nextTick, ref, shallowRef } from 'vue'
import { nameLength, useSelection } from '@/composables/useSelection'
import { indexCandidate } from '@/search/match'

function setup(count = 5, defaults: string[] = ['u1']) {
  const candidates = shallowRef<readonly IndexedCandidate[]>(Array.from({ length: count }, (_, i) => indexCandidate({ userId: `u${i}`, name: `P${i}` })))
  const selection = useSelection({ candidates, owner: ref('u0'), defaultSelected: ref(defaults), defaultName: ref('') })
  return { candidates, selection }
}

describe('useSelection', () => {
  it('is untouched until the user changes the selection; reset makes it untouched again', () => {
    const { selection } = setup()
    expect(selection.touched.value).toBe(false)
    selection.toggle('u2')
    expect(selection.touched.value).toBe(true)
    selection.reset()
    expect(selection.touched.value).toBe(false)
  })

  it('clear keeps only the owner; removeMany deselects; the owner cannot be removed', () => {
    const { selection } = setup()
    selection.addMany(['u2', 'u3', 'u0'])
    expect(selection.selected.value).toEqual(['u0', 'u1', 'u2', 'u3'])
    selection.removeMany(['u2', 'u0'])
    expect(selection.selected.value).toEqual(['u0', 'u1', 'u3'])
    selection.clear()
    expect(selection.selected.value).toEqual(['u0'])
  })

  it('offers Clear once anyone beyond the defaults is picked', () => {
    const { selection } = setup()
    expect(selection.canClear.value).toBe(false)
    selection.toggle('u2')
    expect(selection.canClear.value).toBe(true)
    selection.toggle('u2')
    expect(selection.canClear.value).toBe(false)
  })

  it('over 2000 says how many to remove, and Clear is offered even when the defaults did it', () => {
    const { selection } = setup(2003, Array.from({ length: 2002 }, (_, i) => `u${i + 1}`))
    expect(selection.excess.value).toBe(3)
    expect(selection.reason.value).toEqual({ key: 'validation.tooMany', params: { max: 2000, count: 2003, excess: 3 } })
    expect(selection.canClear.value).toBe(true)
  })

  it('knows names from every list seen, so a failed reload still shows names', async () => {
    const { candidates, selection } = setup()
    expect(selection.nameOf('u1')).toBe('P1')
    expect(selection.nameOf('nobody')).toBeUndefined()
    candidates.value = []
    await nextTick()
    expect(selection.nameOf('u1')).toBe('P1')
    selection.addContacts([{ userId: 'x9', name: 'From WeCom' }])
    expect(selection.displayName('x9')).toBe('From WeCom')
  })

  it('a draft keeps the people from WeCom\'s own picker with their names, and a new list does not drop them', async () => {
    const first = setup().selection
    first.addContacts([{ userId: 'x9', name: 'From WeCom' }, { userId: 'x8', name: 'Unticked later' }, { userId: 'u3', name: 'P3 from WeCom' }])
    first.toggle('x8', false)
    const draft = first.snapshot()
    expect(draft.contacts).toEqual([{ userId: 'x9', name: 'From WeCom' }])

    const { candidates, selection } = setup()
    selection.restore(draft)
    expect(selection.selected.value).toEqual(['u0', 'u1', 'x9', 'u3'])
    expect(selection.displayName('x9')).toBe('From WeCom')
    candidates.value = [indexCandidate({ userId: 'u1', name: 'P1' })]
    await nextTick()
    expect(selection.selected.value).toEqual(['u0', 'u1', 'x9'])
  })

  it('a name of exactly 50 characters is fine, spaces around it do not count, 51 is too long', () => {
    const { selection } = setup()
    selection.toggle('u2')
    selection.name.value = '群'.repeat(50)
    expect(selection.reason.value).toBeNull()
    selection.name.value = `  ${'群'.repeat(50)}  `
    expect(selection.reason.value).toBeNull()
    selection.name.value = '群'.repeat(51)
    expect(selection.reason.value).toEqual({ key: 'validation.nameTooLong', params: { max: 50, count: 51 } })
  })

  it('keeps the names through many failed reloads (each an empty list)', async () => {
    const { candidates, selection } = setup()
    for (let i = 0; i < 12; i++) {
      candidates.value = []
      await nextTick()
    }
    expect(selection.nameOf('u3')).toBe('P3')
  })
})

describe('nameLength', () => {
  it('counts characters as people see them: an emoji, even a family of seven code points, is one', () => {
    expect(nameLength('😀')).toBe(1)
    expect(nameLength('👨‍👩‍👧‍👦')).toBe(1)
    expect(nameLength('项目群👨‍👩‍👧‍👦')).toBe(4)
    expect(nameLength('é')).toBe(1)
  })
})
