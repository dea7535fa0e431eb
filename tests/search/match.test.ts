import { describe, expect, it } from 'vitest'
import { demoCandidates } from '../../mock/demo-candidates'
import { checkCandidates } from '@/runtime/props'
import { createSearchCache } from '@/search/cache'
import { filterCandidates, indexCandidate, shortEcho, wantsPinyin } from '@/search/match'
import { matchPinyin } from '@/search/pinyin'

const people = [
  { userId: 'zhangsan', name: '张三', department: '销售部' },
  { userId: 'u2', name: '单田芳', department: '产品部' },
  { userId: 'u3', name: '曾国华' },
  { userId: 'u4', name: '解晓东', keywords: ['E1007', '老解'] },
  { userId: 'zhao12', name: 'Zhao Lei', department: 'Sales' },
].map(indexCandidate)
const names = (query: string, pinyin = true) => filterCandidates(people, query, pinyin ? matchPinyin : null).map(c => c.name)

describe('search', () => {
  it('matches name, department, userId and keywords, case-insensitively', () => {
    expect(names('销售')).toEqual(['张三'])
    expect(names('SALES')).toEqual(['Zhao Lei'])
    expect(names('zhao12')).toEqual(['Zhao Lei'])
    expect(names('e1007')).toEqual(['解晓东'])
    expect(names('老解')).toEqual(['解晓东'])
    expect(names('  ')).toHaveLength(people.length)
  })

  it('matches Chinese names by full pinyin and by initials, with or without spaces', () => {
    expect(names('zhangsan')).toEqual(['张三'])
    expect(names('zs')).toEqual(['张三'])
    expect(names('zhang san')).toEqual(['张三'])
    expect(names('zhang')).toEqual(['张三'])
  })

  it('finds polyphonic surnames by the reading names use', () => {
    expect(names('shan')).toContain('单田芳')
    expect(names('stf')).toEqual(['单田芳'])
    expect(names('zeng')).toContain('曾国华')
    expect(names('zgh')).toEqual(['曾国华'])
    expect(names('xie')).toContain('解晓东')
    expect(names('xiexiaodong')).toEqual(['解晓东'])
  })

  it('without the pinyin chunk, and for queries that are not letters, matches text only', () => {
    expect(names('zs', false)).toEqual([])
    expect(names('zhangsan', false)).toEqual(['张三'])
    expect(names('zs1')).toEqual([])
  })

  it('wants the pinyin chunk only for Latin letters over a list with Chinese names', () => {
    expect(wantsPinyin('z', people)).toBe(true)
    expect(wantsPinyin('张', people)).toBe(false)
    expect(wantsPinyin('12', people)).toBe(false)
    expect(wantsPinyin('zs', [indexCandidate({ userId: 'a', name: 'Ann' })])).toBe(false)
  })

  it('keywords from the host are checked where they enter: strings kept, the rest dropped', () => {
    const checked = checkCandidates([{ userId: 'a', name: 'A', keywords: ['alias', 7, '', 'E-1'] }, { userId: 'b', name: 'B', keywords: 'nope' }])
    expect(checked).not.toBeInstanceOf(Error)
    const list = 'list' in checked ? checked.list : []
    expect(list[0]?.keywords).toEqual(['alias', 'E-1'])
    expect(list[1]).not.toHaveProperty('keywords')
  })
})

describe('the search cache', () => {
  it('gives what a full search gives, typing forward (narrowing) and back (remembered), over 10,000 Chinese names', () => {
    const everyone = demoCandidates(10_000).map(indexCandidate)
    // Every scan in one slice: the sliced scan has its own tests (cache-slices.test.ts).
    const search = createSearchCache({ budgetMs: Number.POSITIVE_INFINITY })
    const queries = ['z', 'zh', 'zha', 'zhan', 'zhang', 'zhangs', 'zhangsa', 'zhangsan', 'zhangs', 'zhang', 'zhang x', 'zhang xd', 'zhao1', 'zhao12', 'zhao1', 'zs', 'x', 'xi', 'xie', 'xiex', '部', '销售', 'wang1', 'w', '']
    for (const match of [null, matchPinyin]) {
      for (const query of queries)
        expect(search(everyone, query, match).map(c => c.userId), `${query} (${match ? 'pinyin' : 'text'})`).toEqual(filterCandidates(everyone, query, match).map(c => c.userId))
    }
  })

  it('never hands pinyin a query that cannot spell the name (longer than 6 letters a character), nor a wall of text', () => {
    const seen: string[] = []
    const spy = (name: string, query: string) => {
      seen.push(`${name}:${query.length}`)
      return matchPinyin(name, query)
    }
    // 张三 (2 characters) can be spelled by at most 12 letters; 单田芳 by 18.
    expect(filterCandidates(people, 'zhangsanzhang', spy).map(c => c.name)).toEqual([])
    expect(seen.filter(s => s.startsWith('张三'))).toEqual([])
    expect(seen.filter(s => s.startsWith('单田芳'))).toEqual(['单田芳:13'])
    seen.length = 0
    expect(filterCandidates(people, 'a'.repeat(3000), spy)).toEqual([])
    expect(seen).toEqual([])
    expect(filterCandidates(people, 'zhangsan', spy).map(c => c.name)).toEqual(['张三'])
    // A long name is no way round the cap: past 60 letters pinyin is not tried at all.
    seen.length = 0
    const long = [indexCandidate({ userId: 'org', name: '中华人民共和国国家发展和改革委员会' })]
    filterCandidates(long, 'a'.repeat(61), spy)
    filterCandidates(long, 'a'.repeat(201), spy)
    expect(seen).toEqual([])
  })

  it('echoes at most 20 characters as people see them, with an ellipsis when cut', () => {
    expect(shortEcho('zhang')).toBe('zhang')
    expect(shortEcho('x'.repeat(3000))).toBe(`${'x'.repeat(20)}…`)
    expect(shortEcho('👨‍👩‍👧‍👦'.repeat(21))).toBe(`${'👨‍👩‍👧‍👦'.repeat(20)}…`)
  })
})
