import type { Locale } from '@/contract'
import type { RecordMessageKey } from './record'
import type { MessageKey as CatalogKey } from './zh-CN'

/** A language file's keys, and those a lazy chunk brings with it (`registerMessages`). */
export type MessageKey = CatalogKey | RecordMessageKey
export type MessageParams = Record<string, string | number>
export type Translate = (key: MessageKey, params?: MessageParams) => string
type Catalog = Record<CatalogKey, string>

/**
 * Each language is a small chunk fetched before the first render that needs it (`loadLocale`), so
 * a page downloads only its own language, never the other one.
 */
const loaders: Record<Locale, () => Promise<Catalog>> = {
  'zh-CN': () => import('./zh-CN').then(m => m.zhCN),
  'en-US': () => import('./en-US').then(m => m.enUS),
}
const catalogs: Partial<Record<Locale, Catalog>> = {}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in loaders
}

/**
 * Fetches a language's messages once. An unknown locale, or one whose chunk fails (offline, a CDN
 * hiccup), falls back to zh-CN; only when no language at all can be had does it reject, and the
 * mount fails with that error.
 */
export async function loadLocale(value: unknown): Promise<void> {
  const wanted: Locale[] = isLocale(value) && value !== 'zh-CN' ? [value, 'zh-CN'] : ['zh-CN']
  let failure: unknown
  for (const locale of wanted) {
    if (catalogs[locale])
      return
    try {
      catalogs[locale] = await loaders[locale]()
      return
    }
    catch (error) {
      failure = error
    }
  }
  throw failure
}

const catalog = (locale: Locale): Catalog | undefined => catalogs[locale] ?? catalogs['zh-CN'] ?? catalogs['en-US']

/** Texts a lazy chunk brings for its own view, in every language (src/i18n/record.ts). */
const extra: Partial<Record<Locale, Partial<Record<MessageKey, string>>>> = {}
export function registerMessages(messages: Record<Locale, Partial<Record<MessageKey, string>>>): void {
  for (const locale of Object.keys(messages) as Locale[])
    extra[locale] = { ...extra[locale], ...messages[locale] }
}

/** Interpolates `{name}` placeholders; params are shown as text, never as markup. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const text = catalog(locale)?.[key as CatalogKey] ?? extra[locale]?.[key] ?? extra['zh-CN']?.[key]
  return (text ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] !== undefined ? String(params[name]) : whole)
}

/**
 * The WeCom server and JS-side codes we can explain in plain words, known before any catalogue is
 * loaded. The two checks below keep this list and the catalogues' `wecom.*` keys the same.
 */
const WECOM_CODES = ['40003', '60011', '48002', '86004', '86005', '86006', '86007', '86215', '45009', '40014', '42001', '40093', '40013', '80001', 'noPermission', 'functionNotExist'] as const
type WeComKey = `wecom.${typeof WECOM_CODES[number]}`
/** @public A compile-time check only: it fails type-checking when the two lists differ. */
export const wecomKeysMatch: [WeComKey extends MessageKey ? true : never, Extract<MessageKey, `wecom.${string}`> extends WeComKey ? true : never] = [true, true]

export function wecomMessageKey(code: number | string): MessageKey | undefined {
  return (WECOM_CODES as readonly string[]).includes(String(code)) ? `wecom.${code}` as MessageKey : undefined
}
