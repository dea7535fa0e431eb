import type { Locale } from '@/contract'
import type { MessageKey } from './zh-CN'
import { zhCN } from './zh-CN'

export type { MessageKey }
export type MessageParams = Record<string, string | number>
export type Translate = (key: MessageKey, params?: MessageParams) => string

/**
 * zh-CN, the default, is in the main bundle; other languages are small chunks fetched before the
 * first render that needs them (`loadLocale`), so a zh-CN page never downloads them.
 */
const loaders: Record<Locale, () => Promise<Record<MessageKey, string>>> = {
  'zh-CN': async () => zhCN,
  'en-US': () => import('./en-US').then(m => m.enUS),
}
const catalogs: Partial<Record<Locale, Record<MessageKey, string>>> = { 'zh-CN': zhCN }


export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in loaders
}

/** Fetches a language's messages once; unknown or failing ones leave zh-CN in place. */
export async function loadLocale(value: unknown): Promise<void> {
  if (!isLocale(value) || catalogs[value])
    return
  try {
    catalogs[value] = await loaders[value]()
  }
  catch {
    // Offline or a CDN hiccup: the dialog still works, in zh-CN.
  }
}

/** Interpolates `{name}` placeholders; params are shown as text, never as markup. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return (catalogs[locale] ?? zhCN)[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] !== undefined ? String(params[name]) : whole)
}

/** The WeCom server and JS-side codes we can explain in plain words. */
export function wecomMessageKey(code: number | string): MessageKey | undefined {
  const key = `wecom.${code}`
  return key in zhCN ? key as MessageKey : undefined
}
