import type { WeComSdk } from '@/wecom/sdk'
import { describe, expect, it, vi } from 'vitest'
import { useJssdkStore } from '@/stores/jssdk'
import { createStoreWorld } from '../helpers/instance'

const WECOM = { environment: 'wecom', version: '4.1.30', canOpenChat: true } as const
const SIGNATURE = { corpid: 'ww1', agentid: '1000002', timestamp: '1700000000', nonceStr: 'n', signature: 's' }
const CARD = { title: 'Deal 42', desc: 'Friday' }

function world(props: Record<string, unknown>, open: WeComSdk['openExistedChatWithMsg']) {
  const sdk: WeComSdk = {
    register: vi.fn(),
    ensureAgentConfigReady: vi.fn(async () => ({ errMsg: 'agentConfig:ok' })),
    openExistedChatWithMsg: vi.fn(open),
    selectEnterpriseContact: vi.fn(async () => []),
  }
  const w = createStoreWorld(props, { env: WECOM, loadSdk: vi.fn(async () => sdk), sdkTimeoutMs: 50 })
  w.api.agentSignature.mockResolvedValue(SIGNATURE)
  return { sdk, jssdk: w.use(useJssdkStore) }
}

describe('the link card in the jump', () => {
  it('passes linkCard as a link message, its url the linkUrl by default', async () => {
    const { sdk, jssdk } = world({ linkCard: CARD, linkUrl: 'https://crm.example.com/r/1' }, async () => ({}))
    await jssdk.openChat('wrA')
    expect(sdk.openExistedChatWithMsg).toHaveBeenCalledExactlyOnceWith('wrA', { msgtype: 'link', link: { ...CARD, url: 'https://crm.example.com/r/1' } })
  })

  it('a client that refuses the card gets the plain jump once', async () => {
    const { sdk, jssdk } = world({ linkCard: CARD }, async (_chatId, msg) => {
      if (msg)
        throw { errMsg: 'openExistedChatWithMsg:fail_unsupported_msgtype' }
      return {}
    })
    await jssdk.openChat('wrA')
    expect(vi.mocked(sdk.openExistedChatWithMsg).mock.calls).toEqual([['wrA', expect.objectContaining({ msgtype: 'link' })], ['wrA']])
  })

  it('a client that never answered is not asked again, and a plain failure is tried only once more', async () => {
    const silent = world({ linkCard: CARD }, () => new Promise(() => {}))
    await expect(silent.jssdk.openChat('wrA')).rejects.toMatchObject({ code: 'open-chat', key: 'error.clientTimeout' })
    expect(silent.sdk.openExistedChatWithMsg).toHaveBeenCalledOnce()
    const refusing = world({ linkCard: CARD }, async () => Promise.reject({ errMsg: 'openExistedChatWithMsg:fail_not in chat' }))
    await expect(refusing.jssdk.openChat('wrA')).rejects.toMatchObject({ code: 'open-chat', chatId: 'wrA' })
    expect(refusing.sdk.openExistedChatWithMsg).toHaveBeenCalledTimes(2)
  })

  it('without linkCard the jump carries no message', async () => {
    const { sdk, jssdk } = world({}, async () => ({}))
    await jssdk.openChat('wrA')
    expect(vi.mocked(sdk.openExistedChatWithMsg).mock.calls).toEqual([['wrA']])
  })
})
