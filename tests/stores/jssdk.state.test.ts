import { beforeAll, describe, expect, it } from 'vitest'
import { loadLocale } from '@/i18n'
import { fail, jssdkWorld } from '../helpers/jssdk'

beforeAll(() => loadLocale('en-US'))

/** Readiness is the store's state, so devtools and a test see where signing stands without calling anything. */
describe('the JS-SDK store\'s readiness is store state', () => {
  it('signing → ready for the signed URL (without its hash), in the store\'s $state', async () => {
    const { jssdk } = jssdkWorld()
    expect(jssdk.$state).toMatchObject({ status: 'idle', signedUrl: undefined, lastFailure: null })
    jssdk.prewarm()
    expect(jssdk.status).toBe('signing')
    await expect.poll(() => jssdk.status).toBe('ready')
    expect(jssdk.$state).toMatchObject({ status: 'ready', signedUrl: 'https://crm.example.com/r/1', lastFailure: null })
  })

  it('a failed signing is failed state with its failure, no signed URL; the next success clears it', async () => {
    const { jssdk, sdk } = jssdkWorld()
    sdk.ensureAgentConfigReady.mockRejectedValueOnce(fail('agentConfig:fail_invalid corpid'))
    await expect(jssdk.openChat('wrA')).rejects.toMatchObject({ code: 'sdk-config' })
    expect(jssdk.status).toBe('failed')
    expect(jssdk.signedUrl).toBeUndefined()
    expect(jssdk.lastFailure).toMatchObject({ code: 'sdk-config', reasonKey: 'wecom.40013', action: 'sign' })
    await jssdk.openChat('wrA')
    expect(jssdk.$state).toMatchObject({ status: 'ready', lastFailure: null })
  })

  it('a jump refused for its signature drops the readiness: failed, no signed URL', async () => {
    const { jssdk, sdk } = jssdkWorld()
    sdk.openExistedChatWithMsg.mockRejectedValueOnce(fail('agentConfig:fail_invalid signature'))
    await expect(jssdk.openChat('wrA')).rejects.toMatchObject({ code: 'sdk-config' })
    expect(jssdk.$state).toMatchObject({ status: 'failed', signedUrl: undefined, lastFailure: { code: 'sdk-config' } })
  })
})
