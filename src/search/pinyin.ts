/**
 * The lazy chunk behind pinyin search: imported only when a query has Latin letters and the list
 * has Chinese names (useSearch), so neither the mount path nor a plain browser session fetches it.
 * pinyin-match knows every reading of a character (单 matches `shan` and `dan`), which is what a
 * search box needs: nobody misses a colleague for picking the other reading.
 */
import type { PinyinMatcher } from './match'
import PinyinMatch from 'pinyin-match'

export const matchPinyin: PinyinMatcher = (name, query) => PinyinMatch.match(name, query) !== false
