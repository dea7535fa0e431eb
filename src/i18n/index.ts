import type { Locale } from '@/contract'
import type { MessageKey } from './zh-CN'
import { enUS } from './en-US'
import { zhCN } from './zh-CN'

export type { MessageKey }
export type MessageParams = Record<string, string | number>
export type Translate = (key: MessageKey, params?: MessageParams) => string

const catalogs: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS }

export const LOCALES = Object.keys(catalogs) as Locale[]

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && value in catalogs
}

/** Interpolates `{name}` placeholders; params are shown as text, never as markup. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] !== undefined ? String(params[name]) : whole)
}

/** The WeCom server and JS-side codes we can explain in plain words. */
export function wecomMessageKey(code: number | string): MessageKey | undefined {
  const key = `wecom.${code}`
  return key in zhCN ? key as MessageKey : undefined
}
