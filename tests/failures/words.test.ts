import type { MessageKey } from '@/i18n'
import { describe, expect, it } from 'vitest'
import type { FailureAction } from '@/failures/failure'
import { GroupChatFailure } from '@/failures/failure'
import { describeFailure } from '@/failures/words'
import { enUS } from '@/i18n/en-US'
import { registerMessages, translate } from '@/i18n'
import { recordMessages } from '@/i18n/record'
import { zhCN } from '@/i18n/zh-CN'

/** Every message but the one that only ever wraps a translated reason (describeFailure strips its punctuation). */
const KEYS = ([...Object.keys(zhCN), ...Object.keys(recordMessages['zh-CN'])] as MessageKey[]).filter(key => key !== 'error.why')
// The record's group texts come with their view's chunk: registered as that chunk does.
registerMessages(recordMessages)
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
    expect(message).toBe('企业微信没有响应。请确认企业微信已登录并升级到最新版本后再试。群聊已经建好，可点击“打开群聊”再试一次。（错误码 sdk-config）')
    expect(message).not.toMatch(/签名/)
  })

  it('keeps the backend\'s words beside ours for a WeCom code, and promises a safe retry for an unknown outcome', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('zh-CN', key, params)
    const refusal = describeFailure(new GroupChatFailure('backend', 'wecom.86006', { code: 86006 }, { backendMessage: '超出上限（规则 B-12）' }), t)
    expect(refusal).toEqual({ code: 'backend', message: '群成员需在 2 到 2000 人之间。请调整所选成员后再试。系统返回：“超出上限（规则 B-12）”（错误码 86006）' })
    const unknown = describeFailure(new GroupChatFailure('backend', 'error.server', { status: 502 }, { outcomeUnknown: true, retrySafe: true, requestId: 'r-1' }), t)
    expect(unknown.message).toBe('服务器暂时出了问题。请稍后再试。群聊可能已经建好：再点“创建群聊”不会重复建群。（错误码 502，请求编号 r-1）')
    expect(enUS['error.backend']).not.toContain('{message}')
  })

  it('never shows a client\'s raw reason, only our words for it and a code to quote', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en-US', key, params)
    const raw = describeFailure(new GroupChatFailure('open-chat', 'error.openChat', { reason: 'openExistedChatWithMsg:fail chat not exist' }), t)
    expect(raw.message).toBe('The group chat could not be opened. Try again in a moment. (Error code open-chat)')
    const known = describeFailure(new GroupChatFailure('sdk-config', 'error.sdkConfig', { reason: 'agentConfig:fail invalid signature' }, { reasonKey: 'wecom.40093' }), t)
    expect(known.message).toBe('WeCom cannot be reached right now. Reload the page and try again; if it keeps failing, give your administrator the error code. Reason: WeCom could not verify this page. (Error code 40093)')
    expect(`${raw.message} ${known.message}`).not.toMatch(/HTTP|openExistedChatWithMsg|agentConfig|signature|jsapi|errMsg/i)
  })

  it('sets chatId only where a group exists', () => {
    const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en-US', key, params)
    expect(describeFailure(new GroupChatFailure('network', 'error.network'), t)).not.toHaveProperty('chatId')
    expect(describeFailure(new GroupChatFailure('open-chat', 'error.openChat', {}, { chatId: 'wrA' }), t)).toHaveProperty('chatId', 'wrA')
  })
})

/** The same facts, in both languages, for each thing a person may have been doing. */
describe('words by what was being done', () => {
  const tr = (locale: 'zh-CN' | 'en-US') => (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params)
  const timeout = (action?: FailureAction) =>
    new GroupChatFailure('timeout', 'error.timeout', {}, { action, outcomeUnknown: true, retrySafe: true, requestId: 'r-1' })

  it('a join that timed out asks for a plain retry and promises it will not add anyone twice, in both languages', () => {
    expect(describeFailure(timeout('join'), tr('en-US')).message)
      .toBe('The server took too long to answer. Try again in a moment. You may already be in the group: a retry will not add you twice. (Request r-1)')
    expect(describeFailure(timeout('join'), tr('zh-CN')).message)
      .toBe('服务器太久没有回应。请稍后重试。你可能已经在群里了：重试不会重复加入。（请求编号 r-1）')
  })

  it('an add that timed out promises nobody is added twice; a create still names “Create group”', () => {
    expect(describeFailure(timeout('add'), tr('en-US')).message).toMatch(/Try again in a moment\. They may already be in the group: a retry will not add anyone twice\./)
    expect(describeFailure(timeout('add'), tr('zh-CN')).message).toContain('重试不会重复添加')
    for (const action of [undefined, 'create'] as const)
      expect(describeFailure(timeout(action), tr('en-US')).message).toBe('The server took too long to answer. Press “Create group” again in a moment. The group may already exist: pressing “Create group” again will not make a second one. (Request r-1)')
  })

  it('no step but the create speaks of “Create group”, nor one that did not change anything promises a safe retry', () => {
    for (const action of ['join', 'add', 'load', 'sign', 'jump', 'pick', 'people'] as const) {
      for (const key of ['error.timeout', 'error.network'] as const) {
        const failure = new GroupChatFailure('network', key, {}, { action, outcomeUnknown: true })
        expect(describeFailure(failure, tr('en-US')).message, `${action} ${key}`).not.toContain('Create group')
        expect(describeFailure(failure, tr('zh-CN')).message, `${action} ${key}`).not.toContain('创建群聊')
      }
      const asReason = new GroupChatFailure('sdk-config', 'error.sdkConfig', {}, { action, reasonKey: 'error.timeout' })
      expect(describeFailure(asReason, tr('en-US')).message, action).not.toContain('Create group')
    }
    for (const action of ['load', 'sign', 'jump', 'pick'] as const)
      expect(describeFailure(timeout(action), tr('en-US')).message, action).not.toMatch(/retry will not|will not make/)
  })

  it('quotes the code in one format whatever was being done, once', () => {
    for (const action of ['create', 'join', 'add', 'load'] as const) {
      const failure = new GroupChatFailure('backend', 'wecom.86006', { code: 86006 }, { action, requestId: 'r-2' })
      const en = describeFailure(failure, tr('en-US')).message
      const zh = describeFailure(failure, tr('zh-CN')).message
      expect(en, action).toMatch(/ \(Error code 86006\)$/)
      expect(zh, action).toMatch(/（错误码 86006）$/)
      expect(en.match(/86006/g), action).toHaveLength(1)
    }
  })
})
