import type { MessageKey } from '@/i18n'
import { describe, expect, it } from 'vitest'
import { describeFailure, GroupChatFailure } from '@/errors'
import { enUS } from '@/i18n/en-US'
import { translate } from '@/i18n'
import { zhCN } from '@/i18n/zh-CN'

const KEYS = Object.keys(zhCN) as MessageKey[]
/** Reasons are our own messages (a backend failure while signing) or the client's raw words. */
const REASONS = [...KEYS, 'agentConfig:fail_invalid signature', 'fail.', '失败。'] as const
const DOUBLED = /。）。|。。|\.\.|\.。|。\.|，。|）。）/

describe('failure messages', () => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`never double or mix their punctuation, with any reason (${locale})`, async () => {
      await import('@/i18n').then(m => m.loadLocale(locale))
      const t = (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params)
      const bad: string[] = []
      for (const key of KEYS) {
        for (const reason of REASONS) {
          const reasonKey = (KEYS as readonly string[]).includes(reason) ? reason as MessageKey : undefined
          for (const chatId of [undefined, 'wrA']) {
            for (const code of ['sdk-config', 'backend'] as const) {
              const params = { reason: reasonKey ? '' : reason, status: 502, code: 86006, message: 'x', what: 'chatId', version: '3.0.1', index: 2, userId: 'a', locale: 'fr', query: 'q', count: 3, max: 50, name: 'n' }
              const failure = new GroupChatFailure(code, key, params, { chatId, reasonKey, backendMessage: code === 'backend' ? '成员不存在。' : undefined, retrySafe: code === 'backend' })
              const { message } = describeFailure(failure, t)
              if (DOUBLED.test(message))
                bad.push(`${key} + ${reason}: ${message}`)
            }
          }
        }
      }
      expect(bad).toEqual([])
    })
  }

  it('a client that never answered is not called a signature failure', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params)
    const { message } = describeFailure(new GroupChatFailure('sdk-config', 'error.clientTimeout', {}, { chatId: 'wrA' }), t)
    expect(message).toBe('企业微信客户端没有响应，请确认企业微信已登录并更新到最新版本后重试。群聊已创建，可点击“在企业微信中打开”重试。')
    expect(message).not.toMatch(/签名/)
  })

  it('keeps the backend\'s words beside ours for a WeCom code, and promises a safe retry for an unknown outcome', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params)
    const refusal = describeFailure(new GroupChatFailure('backend', 'wecom.86006', { code: 86006 }, { backendMessage: '超出上限（规则 B-12）' }), t)
    expect(refusal).toEqual({ code: 'backend', message: '群成员人数需在 2 到 2000 人之间，请调整后重试。服务器说明：超出上限（规则 B-12）' })
    const unknown = describeFailure(new GroupChatFailure('backend', 'error.server', { status: 502 }, { outcomeUnknown: true, retrySafe: true }), t)
    expect(unknown.message).toBe('服务器出错（HTTP 502），请稍后重试。若群聊已创建，重试不会重复建群。')
    expect(enUS['error.backend']).toBe('{message}')
  })

  it('sets chatId only where a group exists', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en-US', key, params)
    expect(describeFailure(new GroupChatFailure('network', 'error.network'), t)).not.toHaveProperty('chatId')
    expect(describeFailure(new GroupChatFailure('open-chat', 'error.openChat', {}, { chatId: 'wrA' }), t)).toHaveProperty('chatId', 'wrA')
  })
})
