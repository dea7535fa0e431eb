import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { enUS } from '@/i18n/en-US'
import { recordMessages } from '@/i18n/record'
import { zhCN } from '@/i18n/zh-CN'

const SRC = join(__dirname, '../../src')
/** Every source file but the catalogues themselves, by its path under src/. */
function sources(dir = SRC): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory() && entry.name !== 'i18n')
      sources(path).forEach((text, name) => files.set(name, text))
    else if (/\.(?:ts|vue)$/.test(entry.name))
      files.set(relative(SRC, path), readFileSync(path, 'utf8'))
  }
  return files
}
const quoted = (key: string) => new RegExp(`['"\`]${key.replaceAll('.', '\\.')}['"\`]`)
/** WeCom's codes are looked up as `wecom.${code}`; src/i18n/index.ts keeps that list and the keys the same. */
const built = (key: string) => key.startsWith('wecom.')

describe('messages', () => {
  const files = sources()
  const all = [...files.values()].join('\n')

  it('every text a page loads is used somewhere: no dead key', () => {
    const dead = Object.keys(zhCN).filter(key => !built(key) && !quoted(key).test(all))
    expect(dead).toEqual([])
  })

  it('the record\'s group texts are used only by the view that brings them (the RecordGroup chunk)', () => {
    const users = [...files].filter(([, text]) => /['"`]record\.\w+['"`]/.test(text)).map(([name]) => name).sort()
    // useAddPeople comes with the view; failures/words.ts names the headlines of the view's own
    // actions (join, add, load), which only run once the view (and its texts) are there.
    expect(users).toEqual(['components/RecordGroup.vue', 'composables/useAddPeople.ts', 'composables/useRecordGroup.ts', 'failures/words.ts'])
    const dead = Object.keys(recordMessages['zh-CN']).filter(key => !quoted(key).test(all))
    expect(dead).toEqual([])
    expect(Object.keys(recordMessages['en-US']).sort()).toEqual(Object.keys(recordMessages['zh-CN']).sort())
  })

  it('no two keys say the same in both languages', () => {
    // The trigger and the title of the dialog it opens say the same today, and may part later.
    const allowed = new Set(['trigger.open|dialog.titleExisting'])
    const zh = { ...zhCN, ...recordMessages['zh-CN'] } as Record<string, string>
    const en = { ...enUS, ...recordMessages['en-US'] } as Record<string, string>
    const keys = Object.keys(zh)
    const twins = keys.flatMap((a, i) => keys.slice(i + 1).filter(b => zh[a] === zh[b] && en[a] === en[b]).map(b => `${a}|${b}`))
    expect(twins.filter(pair => !allowed.has(pair))).toEqual([])
  })
})
