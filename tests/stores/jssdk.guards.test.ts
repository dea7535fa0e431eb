import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadLocale } from '@/i18n'
import { fail, jssdkWorld } from '../helpers/jssdk'

beforeAll(() => loadLocale('en-US'))
afterEach(() => {
  vi.useRealTimers()
})

/** Settles `promise` into a value the test can look at without awaiting it. */
function watchOutcome(promise: Promise<unknown>) {
  const outcome: { settled: boolean, error?: unknown } = { settled: false }
  promise.then(() => (outcome.settled = true), (error: unknown) => Object.assign(outcome, { settled: true, error }))
  return outcome
}

describe('the JS-SDK store: every wait ends, and what failed is not kept', () => {
  it('a host openChat that never settles ends in the client-timeout failure, with the chatId', async () => {
    const { jssdk } = jssdkWorld({ openChat: () => new Promise(() => {}) })
    await expect(jssdk.openChat('wrA')).rejects.toMatchObject({ code: 'open-chat', key: 'error.clientTimeout', chatId: 'wrA' })
  })

  it('WeCom\'s contact picker is given two minutes, the time a person takes to pick', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const { jssdk, sdk } = jssdkWorld()
    sdk.selectEnterpriseContact.mockReturnValue(new Promise(() => {}))
    const outcome = watchOutcome(jssdk.selectContacts())
    await vi.waitFor(() => expect(sdk.selectEnterpriseContact).toHaveBeenCalled())
    await vi.advanceTimersByTimeAsync(119_000)
    expect(outcome.settled).toBe(false)
    await vi.advanceTimersByTimeAsync(2_000)
    expect(outcome.error).toMatchObject({ code: 'open-chat', key: 'error.selectContacts', reasonKey: 'error.clientTimeout' })
  })

  it('a jump refused for its signature forgets that signing: the next jump signs again', async () => {
    const { jssdk, sdk } = jssdkWorld()
    sdk.openExistedChatWithMsg.mockRejectedValueOnce(fail('agentConfig:fail_invalid signature'))
    await expect(jssdk.openChat('wrA')).rejects.toMatchObject({ code: 'sdk-config', chatId: 'wrA' })
    await jssdk.openChat('wrA')
    expect(sdk.ensureAgentConfigReady).toHaveBeenCalledTimes(2)
  })

  it('a jump refused for another reason keeps the signing: the next jump does not sign again', async () => {
    const { jssdk, sdk } = jssdkWorld()
    sdk.openExistedChatWithMsg.mockRejectedValueOnce(fail('openExistedChatWithMsg:fail_no permission'))
    await expect(jssdk.openChat('wrA')).rejects.toMatchObject({ code: 'open-chat', chatId: 'wrA' })
    await jssdk.openChat('wrA')
    expect(sdk.ensureAgentConfigReady).toHaveBeenCalledOnce()
  })

  it('the corpId and agentId props win over the backend\'s', async () => {
    const { jssdk, sdk } = jssdkWorld({ corpId: 'wwHost', agentId: '42' })
    await jssdk.openChat('wrA')
    expect(sdk.register).toHaveBeenCalledWith(expect.objectContaining({ corpId: 'wwHost', agentId: '42' }))
  })

  it('an unmount while WeCom\'s contact picker is open ends it silently (aborted, no sentence)', async () => {
    const { jssdk, sdk, unmount } = jssdkWorld()
    sdk.selectEnterpriseContact.mockReturnValue(new Promise(() => {}))
    const picking = jssdk.selectContacts()
    await vi.waitFor(() => expect(sdk.selectEnterpriseContact).toHaveBeenCalled())
    unmount()
    await expect(picking).rejects.toMatchObject({ aborted: true })
  })
})
