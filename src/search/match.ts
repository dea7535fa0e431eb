import type { Candidate } from '@/contract'

/** A candidate with what search needs prepared once, so filtering 10,000 people stays cheap. */
export interface IndexedCandidate extends Candidate {
  /** Name, department, userId and keywords, lower-cased, one per line. */
  haystack: string
  /** The name has Chinese characters, so a Latin query may match it by pinyin. */
  han: boolean
}

/** Says whether a Latin-letter query matches a Chinese name by full pinyin or by initials. */
export type PinyinMatcher = (name: string, query: string) => boolean

const HAN = /\p{Script=Han}/u
const LATIN = /[a-z]/i

export function indexCandidate(c: Candidate): IndexedCandidate {
  return {
    ...c,
    haystack: [c.name, c.department ?? '', c.userId, ...(c.keywords ?? [])].join('\n').toLowerCase(),
    han: HAN.test(c.name),
  }
}

/** The pinyin library is worth fetching only for a query with Latin letters and a list with Chinese names. */
export function wantsPinyin(query: string, list: readonly IndexedCandidate[]): boolean {
  return LATIN.test(query) && list.some(c => c.han)
}

/**
 * People whose name, department, userId or keywords contain the query; with `pinyin`, also those
 * whose Chinese name it spells (`zhangsan`, `zs` → 张三). Pinyin is tried only for a query made of
 * Latin letters (spaces ignored): `zhao12` is an account, not a name.
 */
export function filterCandidates(list: readonly IndexedCandidate[], query: string, pinyin?: PinyinMatcher | null): readonly IndexedCandidate[] {
  const q = query.trim().toLowerCase()
  if (!q)
    return list
  const spelled = q.replace(/\s+/g, '')
  const match = pinyin && /^[a-z]+$/.test(spelled) ? pinyin : null
  return list.filter(c => c.haystack.includes(q) || (match !== null && c.han && match(c.name, spelled)))
}
