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
    // Concatenated, not joined from an array: one temporary less per person, less to collect at 100,000.
    haystack: `${c.name}\n${c.department ?? ''}\n${c.userId}${c.keywords?.length ? `\n${c.keywords.join('\n')}` : ''}`.toLowerCase(),
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
  if (q.length > MAX_QUERY)
    return []
  const spelled = q.replace(/\s+/g, '')
  const match = pinyin && spelled.length <= MAX_PINYIN_QUERY && /^[a-z]+$/.test(spelled) ? pinyin : null
  return list.filter(c => c.haystack.includes(q) || (match !== null && c.han && canSpell(c.name, spelled) && match(c.name, spelled)))
}

/**
 * pinyin-match is exponential in the query's length, so it only ever sees a query that could
 * spell the name: the longest syllable (zhuang, shuang) has 6 letters, so a query longer than six
 * times the name cannot match it. A paste of thousands of letters thus costs a length check per name.
 */
const SYLLABLE_MAX = 6
/** Ten characters spelled out in full: longer than any Chinese name a person types. */
const MAX_PINYIN_QUERY = 60
/** Longer than any name, department, account or keyword: such a query matches nobody, unsearched. */
const MAX_QUERY = 200

function canSpell(name: string, spelled: string): boolean {
  return spelled.length <= name.length * SYLLABLE_MAX
}

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter() : null
/** At most `max` characters as people see them, with an ellipsis when cut: what "no match" echoes back. */
export function shortEcho(text: string, max = 20): string {
  const parts = segmenter ? Array.from(segmenter.segment(text), s => s.segment) : [...text]
  return parts.length > max ? `${parts.slice(0, max).join('')}…` : text
}
