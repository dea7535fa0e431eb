import { beforeAll, describe, expect, it, vi } from 'vitest'
import { GroupChatFailure } from '@/failures/failure'
import { describeFailure } from '@/failures/words'
import { loadLocale } from '@/i18n'
import { useJssdkStore } from '@/stores/jssdk'
import { createStoreWorld } from '../helpers/instance'
import { fail, jssdkWorld, WECOM } from '../helpers/jssdk'

const world = jssdkWorld

beforeAll(() => loadLocale('en-US'))

describe('the JS-SDK store', () => {
  it('prewarms only inside a WeCom client that can jump, and only when it owns the SDK', async () => {
    const inWeCom = world()
    inWeCom.jssdk.prewarm()
    await vi.waitFor(() => expect(inWeCom.sdk.ensureAgentConfigReady).toHaveBeenCalledOnce())
    expect(inWeCom.api.agentSignature).toHaveBeenCalledWith('https://crm.example.com/r/1')
    expect(inWeCom.sdk.register).toHaveBeenCalledWith(expect.objectContaining({ corpId: 'ww1', agentId: '1000002' }))

    const hostOwned = world({ openChat: vi.fn() })
    hostOwned.jssdk.prewarm()
    const browser = world({}, { environment: 'browser', canOpenChat: false })
    browser.jssdk.prewarm()
    await new Promise(r => setTimeout(r, 20))
    expect(hostOwned.context.loadSdk).not.toHaveBeenCalled()
    expect(browser.context.loadSdk).not.toHaveBeenCalled()
  })

  it('signs once for every call, and re-signs once, fresh, after an invalid signature', async () => {
    const { jssdk, sdk } = world()
    sdk.ensureAgentConfigReady.mockRejectedValueOnce(fail('agentConfig:fail_invalid signature'))
    await jssdk.openChat('wrA')
    await jssdk.openChat('wrB')
    expect(sdk.ensureAgentConfigReady).toHaveBeenCalledTimes(2)
    expect(sdk.openExistedChatWithMsg.mock.calls).toEqual([['wrA'], ['wrB']])
  })

  it('a signed page stays ready on the next call, never back to signing', async () => {
    const { jssdk } = world()
    await jssdk.openChat('wrA')
    const again = jssdk.openChat('wrB')
    expect(jssdk.status).toBe('ready')
    await again
    expect(jssdk.status).toBe('ready')
  })

  it('the first agentConfig reuses the signature fetched for corpid/agentid, only for that URL and once', async () => {
    for (const other of [false, true]) {
      const { jssdk, sdk, api } = world()
      await jssdk.openChat('wrA')
      const url = api.agentSignature.mock.calls[0]![0]
      const { getAgentConfigSignature, getConfigSignature } = sdk.register.mock.calls[0]![0] as Record<'getAgentConfigSignature' | 'getConfigSignature', (url: string) => Promise<unknown>>
      // The corp signature (wx.config) is always the backend's, for the URL asked.
      await getConfigSignature(url)
      expect(api.configSignature).toHaveBeenCalledWith(url)
      await getAgentConfigSignature(other ? `${url}#/route` : url)
      expect(api.agentSignature).toHaveBeenCalledTimes(other ? 2 : 1)
      await getAgentConfigSignature(url)
      expect(api.agentSignature).toHaveBeenCalledTimes(other ? 3 : 2)
    }
  })

  it('gives up after the second invalid signature, in words, and signs anew on the next call', async () => {
    const { jssdk, sdk, context } = world()
    sdk.ensureAgentConfigReady.mockRejectedValue(fail('agentConfig:fail_invalid signature'))
    await expect(jssdk.openChat('wrA')).rejects.toMatchObject({ code: 'sdk-config', chatId: 'wrA', reasonKey: 'wecom.40093' })
    sdk.ensureAgentConfigReady.mockResolvedValue({})
    await jssdk.openChat('wrA')
    expect(sdk.openExistedChatWithMsg).toHaveBeenCalledOnce()
    expect(context.loadSdk).toHaveBeenCalledOnce()
  })

  it('a client that never answers is said to be silent, not a signature failure', async () => {
    const { jssdk, sdk } = world()
    sdk.openExistedChatWithMsg.mockReturnValue(new Promise(() => {}))
    await expect(jssdk.openChat('wrA')).rejects.toMatchObject({ code: 'open-chat', key: 'error.clientTimeout', chatId: 'wrA' })
    const fresh = world()
    fresh.sdk.ensureAgentConfigReady.mockReturnValue(new Promise(() => {}))
    await expect(fresh.jssdk.openChat('wrB')).rejects.toMatchObject({ code: 'sdk-config', key: 'error.clientTimeout', chatId: 'wrB' })
  })

  it('uses the host\'s openChat, which may return nothing, and never loads the SDK', async () => {
    const openChat = vi.fn((chatId: string) => void chatId)
    const { jssdk, context } = world({ openChat })
    await jssdk.openChat('wrA')
    expect(openChat).toHaveBeenCalledWith('wrA')
    expect(context.loadSdk).not.toHaveBeenCalled()
    openChat.mockImplementationOnce(() => { throw new Error('host says no') })
    await expect(jssdk.openChat('wrA')).rejects.toMatchObject({ code: 'open-chat', chatId: 'wrA' })
  })

  it('the contact picker: people, nothing when the user cancels, its own words when it fails', async () => {
    const { jssdk, sdk } = world()
    expect(jssdk.canSelectContacts).toBe(true)
    expect(await jssdk.selectContacts()).toEqual([{ userId: 'wangwu', name: '王五' }])
    sdk.selectEnterpriseContact.mockRejectedValueOnce(fail('selectEnterpriseContact:cancel'))
    expect(await jssdk.selectContacts()).toEqual([])
    sdk.selectEnterpriseContact.mockRejectedValueOnce(fail('selectEnterpriseContact:fail_no permission'))
    await expect(jssdk.selectContacts()).rejects.toMatchObject({ key: 'error.selectContacts', reasonKey: 'wecom.noPermission' })
  })

  it('ends every wait when the instance unmounts', async () => {
    const { jssdk, sdk, unmount } = world()
    sdk.openExistedChatWithMsg.mockReturnValue(new Promise(() => {}))
    const jump = jssdk.openChat('wrA')
    await vi.waitFor(() => expect(sdk.openExistedChatWithMsg).toHaveBeenCalled())
    unmount()
    await expect(jump).rejects.toMatchObject({ aborted: true })
  })

  it('says the SDK did not load, not that signing failed, when its chunk cannot be fetched', async () => {
    const w = createStoreWorld({}, { env: WECOM as never, loadSdk: vi.fn(async () => { throw new TypeError('Failed to fetch dynamically imported module') }) })
    const jssdk = w.use(useJssdkStore)
    await expect(jssdk.openChat('wrA')).rejects.toMatchObject({ code: 'sdk-config', key: 'error.sdkLoad', chatId: 'wrA' })
  })

  it('a backend refusal while signing keeps the backend\'s words as they came', async () => {
    const { jssdk, api, context } = world()
    api.agentSignature.mockRejectedValue(new GroupChatFailure('backend', 'error.backend', { code: 123, message: '票据服务维护中。' }))
    const failure = await jssdk.openChat('wrA').catch((f: GroupChatFailure) => f)
    const message = describeFailure(failure as GroupChatFailure, context.t.value).message
    expect(message).toContain('The system said: “票据服务维护中。”')
    expect(message).toContain('the server did not authorise this page')
    expect(message).toContain('(Error code 123)')
  })
})
