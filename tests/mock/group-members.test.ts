import { describe, expect, it } from 'vitest'
import { createGroupMembers } from '../../mock/group-members'

const id = (n: number) => n.toString(36).padStart(32, '0')

function world(user: string | null = 'me', size = 2) {
  let clock = 0
  const groups = new Map([['wrG', { chatId: 'wrG', name: 'Deal', owner: 'u0', userlist: Array.from({ length: size }, (_, i) => `u${i}`) }]])
  const members = createGroupMembers({ groups, user: () => user ?? undefined, now: () => clock, hourlyLimit: 3 })
  return { members, groups, tick: (ms: number) => (clock += ms) }
}

describe('the mock\'s record group rules (WeCom appchat/get and appchat/update)', () => {
  it('knows only the groups this app created', () => {
    const { members } = world()
    expect(members.info('wrOther')).toEqual({ ok: false, refusal: { code: 86003, message: 'chat not exist' } })
  })

  it('says whether the signed-in user is in the group; without a user everyone is', () => {
    expect(world('me').members.info('wrG')).toMatchObject({ ok: true, data: { isMember: false } })
    expect(world(null).members.info('wrG')).toMatchObject({ ok: true, data: { isMember: true } })
    expect(world('u1').members.isMember('wrG')).toBe(true)
  })

  it('a repeated requestId changes nothing and answers the same', () => {
    const { members, groups } = world()
    const first = members.add('wrG', { add: ['x'], self: true, requestId: id(1) })
    const again = members.add('wrG', { add: ['x', 'y'], requestId: id(1) })
    expect(again).toEqual(first)
    expect(groups.get('wrG')!.userlist).toEqual(['u0', 'u1', 'x', 'me'])
  })

  it('at most 2000 members', () => {
    const { members } = world('me', 1999)
    expect(members.add('wrG', { add: ['x', 'y'], requestId: id(2) })).toMatchObject({ ok: false, refusal: { code: 86006 } })
    expect(members.add('wrG', { add: ['x'], requestId: id(3) })).toMatchObject({ ok: true })
  })

  it('the hourly limit of changes answers 45009, and an hour later it is lifted', () => {
    const { members, tick } = world()
    for (const n of [1, 2, 3])
      expect(members.add('wrG', { add: [`p${n}`], requestId: id(n) })).toMatchObject({ ok: true })
    expect(members.add('wrG', { add: ['p4'], requestId: id(4) })).toMatchObject({ ok: false, refusal: { code: 45009 } })
    tick(3_600_001)
    expect(members.add('wrG', { add: ['p4'], requestId: id(5) })).toMatchObject({ ok: true })
  })

  it('refuses a body without a valid requestId', () => {
    expect(world().members.add('wrG', { add: [], self: true })).toMatchObject({ ok: false, refusal: { code: 40058 } })
  })
})
