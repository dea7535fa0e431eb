import type { WeComSdk } from '@/wecom/sdk'
import { vi } from 'vitest'
import { useJssdkStore } from '@/stores/jssdk'
import { createStoreWorld } from './instance'

export const WECOM = { environment: 'wecom', version: '4.1.30', canOpenChat: true } as const
const SIGNATURE = { corpid: 'ww1', agentid: '1000002', timestamp: '1700000000', nonceStr: 'n', signature: 's' }
export const fail = (errMsg: string) => ({ errMsg, errCode: -1 })

/** A fake WeCom SDK whose calls the test scripts one by one. */
function fakeSdk() {
  return {
    register: vi.fn(),
    ensureAgentConfigReady: vi.fn(async (): Promise<unknown> => ({ errMsg: 'agentConfig:ok' })),
    openExistedChatWithMsg: vi.fn(async (): Promise<unknown> => ({ errMsg: 'openExistedChatWithMsg:ok' })),
    selectEnterpriseContact: vi.fn(async () => [{ userId: 'wangwu', name: '王五' }]),
  } satisfies WeComSdk
}

/** The JS-SDK store inside WeCom (or `env`), with a fake SDK and a backend that signs. */
export function jssdkWorld(props: Record<string, unknown> = {}, env: Record<string, unknown> = WECOM) {
  const sdk = fakeSdk()
  const w = createStoreWorld(props, { env: env as never, loadSdk: vi.fn(async () => sdk) })
  w.api.agentSignature.mockResolvedValue(SIGNATURE)
  return { ...w, sdk, jssdk: w.use(useJssdkStore) }
}
