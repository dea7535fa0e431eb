import { describe, expect, it } from 'vitest'
import { checkProps } from '@/runtime/props'

const base = { bizId: 'REC-1', candidates: [] }

describe('props of the record\'s group', () => {
  it('linkCard needs a title; its other fields are kept only when they are text', () => {
    expect(checkProps({ ...base, linkCard: { title: 'Deal 42', desc: 'Friday', url: '', imgUrl: 7 } }).props.linkCard).toEqual({ title: 'Deal 42', desc: 'Friday' })
    expect(checkProps({ ...base, linkCard: { desc: 'no title' } }).props.linkCard).toBeUndefined()
    expect(checkProps({ ...base, linkCard: 'Deal' }).props.linkCard).toBeUndefined()
  })

  it('onMembersAdded and the optional endpoints pass through; an empty path is off', () => {
    const onMembersAdded = () => {}
    const { props } = checkProps({ ...base, onMembersAdded, endpoints: { groupInfo: '/g/{chatId}', addMembers: '' } })
    expect(props.onMembersAdded).toBe(onMembersAdded)
    expect(props.endpoints).toEqual({ groupInfo: '/g/{chatId}' })
  })
})
