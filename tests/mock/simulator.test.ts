import type { SignatureData } from '@wecom/jssdk'
import type { SimulatorOptions, WeComSimulator } from '../../mock/simulator'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMockBackend } from '../../mock/backend'
import { jsapiSignature } from '../../mock/signature'
import { installWeComSimulator, NOTICE_ATTRIBUTE, simulatorOptionsFromUrl } from '../../mock/simulator'
import { MOCK_AGENT_ID, MOCK_AGENT_TICKET, MOCK_CORP_ID, MOCK_CORP_TICKET, WRONG_AGENT_TICKET } from '../../mock/tickets'

const ORIGIN = location.origin
const PATH = '/records/42?from=menu'
const PAGE = ORIGIN + PATH
const CHAT = 'wrkChat42aBcDeFgHiJkLmNoPqRsTuVw'
const chats = { hasChat: (chatId: string) => chatId === CHAT }

type Bridge = { invoke: (name: string, params: object, cb: (r: Record<string, unknown>) => void) => void }
const bridgeOf = () => (window as unknown as { WeixinJSBridge?: Bridge }).WeixinJSBridge

/**
 * `ww.register()` starts agentConfig itself and drops that promise (docs/troubleshooting.md), so a failed
 * signature also surfaces as an unhandled rejection. Those are collected here instead of failing
 * the run; anything else still goes to vitest.
 */
const sdkRejections: unknown[] = []
const vitestListeners = process.listeners('unhandledRejection')
function onUnhandled(reason: unknown, promise: Promise<unknown>) {
  if (typeof (reason as { errMsg?: unknown } | null)?.errMsg === 'string')
    sdkRejections.push(reason)
  else
    vitestListeners.forEach(listener => listener(reason, promise))
}
beforeAll(() => {
  process.removeAllListeners('unhandledRejection')
  process.on('unhandledRejection', onUnhandled)
})
afterAll(async () => {
  // Node reports a rejection only after the macrotask it happened in; let the last one arrive.
  await new Promise(resolve => setTimeout(resolve, 20))
  process.off('unhandledRejection', onUnhandled)
  vitestListeners.forEach(listener => process.on('unhandledRejection', listener))
})

let sim: WeComSimulator | undefined

beforeEach(() => {
  // A fresh SDK per test: it reads the user agent and the bridge once, at import.
  vi.resetModules()
  history.replaceState(null, '', PATH)
  sdkRejections.length = 0
})

afterEach(() => {
  sim?.uninstall()
  sim = undefined
  vi.useRealTimers()
})

async function loadSdk(options: Partial<SimulatorOptions> = {}) {
  sim = installWeComSimulator({ chats, ...options })
  return await import('@wecom/jssdk')
}

/** Signers as a correct backend would answer, recording the URL the SDK asked for. */
function signers(agentTicket = MOCK_AGENT_TICKET) {
  const signed: { kind: 'config' | 'agent', url: string }[] = []
  const signer = (kind: 'config' | 'agent', ticket: string) => async (url: string): Promise<SignatureData> => {
    signed.push({ kind, url })
    const timestamp = Math.floor(Date.now() / 1000)
    const nonceStr = `nonce${signed.length}abcdefghij`
    return { timestamp, nonceStr, signature: jsapiSignature({ ticket, nonceStr, timestamp, url }) }
  }
  return { signed, getConfigSignature: signer('config', MOCK_CORP_TICKET), getAgentConfigSignature: signer('agent', agentTicket) }
}

type Sdk = Awaited<ReturnType<typeof loadSdk>>

function register(ww: Sdk, options: { agentTicket?: string, corpId?: string, jsApiList?: string[] } = {}) {
  const { signed, getConfigSignature, getAgentConfigSignature } = signers(options.agentTicket)
  ww.register({
    corpId: options.corpId ?? MOCK_CORP_ID,
    agentId: MOCK_AGENT_ID,
    jsApiList: options.jsApiList ?? ['openExistedChatWithMsg'],
    getConfigSignature,
    getAgentConfigSignature,
  })
  return signed
}

const callNames = () => sim?.calls.map(c => c.name)

function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([
    promise.then(() => true, () => true),
    new Promise<boolean>(resolve => setTimeout(resolve, ms, false)),
  ])
}

describe('the happy path with the real JS-SDK', () => {
  it('signs the page without its hash, configures the agent and opens the chat', async () => {
    history.replaceState(null, '', `${PATH}#/confirm`)
    const ww = await loadSdk()
    expect(ww.env.isWeCom).toBe(true)
    const signed = register(ww)

    await expect(ww.ensureAgentConfigReady()).resolves.toBeTruthy()
    await expect(ww.openExistedChatWithMsg({ chatId: CHAT })).resolves.toMatchObject({ errMsg: 'openExistedChatWithMsg:ok' })

    expect(signed).toEqual([{ kind: 'agent', url: PAGE }])
    expect(callNames()).toEqual(['agentConfig', 'openExistedChatWithMsg'])
    expect(sim?.calls[0]?.params).toMatchObject({ corpid: MOCK_CORP_ID, agentid: MOCK_AGENT_ID, jsApiList: ['openExistedChatWithMsg'] })
    expect(sim?.calls[1]).toMatchObject({
      params: { chatId: CHAT, verifySignature: sim?.calls[0]?.params.signature },
      result: { err_msg: 'openExistedChatWithMsg:ok' },
      url: `${PAGE}#/confirm`,
    })
    expect(sim?.opened).toEqual([CHAT])
    expect(sdkRejections).toEqual([])
  })

  it('shows a visible notice of the jump, and uninstall removes everything', async () => {
    const original = navigator.userAgent
    const ww = await loadSdk()
    expect(navigator.userAgent).toBe(`${original} wxwork/4.1.30 MicroMessenger/7.0.1 Language/zh ColorScheme/Light`)
    expect(sim?.userAgent).toBe(navigator.userAgent)
    register(ww)
    await ww.openExistedChatWithMsg({ chatId: CHAT })

    const notice = document.querySelector(`[${NOTICE_ATTRIBUTE}]`)
    expect(notice?.getAttribute('role')).toBe('status')
    expect(notice?.textContent).toBe(`WeCom: opened chat ${CHAT}`)

    sim?.uninstall()
    expect(navigator.userAgent).toBe(original)
    expect(Object.getOwnPropertyDescriptor(navigator, 'userAgent')).toBeUndefined()
    expect(bridgeOf()).toBeUndefined()
    expect(document.querySelector(`[${NOTICE_ATTRIBUTE}]`)).toBeNull()
  })

  it('can run without the notice', async () => {
    const ww = await loadSdk({ notice: false })
    register(ww)
    await ww.openExistedChatWithMsg({ chatId: CHAT })
    expect(sim?.opened).toEqual([CHAT])
    expect(document.querySelector(`[${NOTICE_ATTRIBUTE}]`)).toBeNull()
  })

  it('answers selectEnterpriseContact with the configured contacts', async () => {
    const ww = await loadSdk({ contacts: [{ userId: 'zhangsan', name: '张三' }, { userId: 'lisi', name: '李四' }] })
    register(ww, { jsApiList: ['openExistedChatWithMsg', 'selectEnterpriseContact'] })
    const picked = await ww.selectEnterpriseContact({
      fromDepartmentId: -1,
      mode: ww.SelectEnterpriseContactMode.multi,
      type: [ww.SelectEnterpriseContactType.user],
    })
    expect(picked.result.userList.map(u => [u.id, u.name])).toEqual([['zhangsan', '张三'], ['lisi', '李四']])
    expect(picked.result.departmentList).toEqual([])
  })
})

describe('what the client refuses', () => {
  it('rejects a signature made with the wrong agent ticket', async () => {
    const ww = await loadSdk()
    register(ww, { agentTicket: WRONG_AGENT_TICKET })
    await expect(ww.ensureAgentConfigReady()).rejects.toMatchObject({
      errMsg: expect.stringContaining('invalid signature'),
      errCode: 40093,
    })
    await expect(ww.openExistedChatWithMsg({ chatId: CHAT })).rejects.toMatchObject({ errMsg: 'agentConfig:invalid signature' })
    expect(sim?.opened).toEqual([])
    expect(callNames()).not.toContain('openExistedChatWithMsg')
  })

  it('leaves the failure that register() started unhandled (an SDK trap the app must cover)', async () => {
    const ww = await loadSdk()
    register(ww, { agentTicket: WRONG_AGENT_TICKET })
    await ww.ensureAgentConfigReady().catch(() => {})
    await new Promise(resolve => setTimeout(resolve, 10))
    expect(sdkRejections).toContainEqual(expect.objectContaining({ errMsg: 'agentConfig:invalid signature' }))
  })

  it('rejects every signature when told to (a stale ticket on the backend)', async () => {
    const ww = await loadSdk({ invalidSignature: true })
    register(ww)
    await expect(ww.ensureAgentConfigReady()).rejects.toMatchObject({ errMsg: 'agentConfig:invalid signature' })
  })

  it('rejects another corp', async () => {
    const ww = await loadSdk()
    register(ww, { corpId: 'wwsomeoneelse' })
    await expect(ww.ensureAgentConfigReady()).rejects.toMatchObject({ errMsg: 'agentConfig:invalid corpid', errCode: 40013 })
  })

  it('answers no permission when jsApiList lacks the API', async () => {
    const ww = await loadSdk()
    register(ww, { jsApiList: ['selectEnterpriseContact'] })
    await ww.ensureAgentConfigReady()
    await expect(ww.openExistedChatWithMsg({ chatId: CHAT })).rejects.toMatchObject({ errMsg: 'openExistedChatWithMsg:no permission' })
    expect(sim?.opened).toEqual([])
  })

  it('fails for a chat that does not exist', async () => {
    const ww = await loadSdk()
    register(ww)
    await expect(ww.openExistedChatWithMsg({ chatId: 'wrkNoSuchChat' })).rejects.toMatchObject({
      errMsg: expect.stringContaining('chat not exist'),
    })
    expect(sim?.opened).toEqual([])
  })

  it('checks the optional link message as the SDK documents', async () => {
    const ww = await loadSdk()
    register(ww)
    const bad = { msgtype: 'text' } as unknown as Parameters<typeof ww.openExistedChatWithMsg>[0]['msg']
    await expect(ww.openExistedChatWithMsg({ chatId: CHAT, msg: bad })).rejects.toMatchObject({ errMsg: expect.stringContaining('unsupported') })
    await expect(ww.openExistedChatWithMsg({ chatId: CHAT, msg: { msgtype: 'link', link: { title: 'Record 42', url: PAGE } } }))
      .resolves.toMatchObject({ errMsg: 'openExistedChatWithMsg:ok' })
  })

  it('an old client (3.0.0) runs wx.config first, then lacks the jump', async () => {
    const ww = await loadSdk({ version: '3.0.0' })
    const signed = register(ww)
    await ww.ensureAgentConfigReady()
    await expect(ww.openExistedChatWithMsg({ chatId: CHAT })).rejects.toMatchObject({ errMsg: 'openExistedChatWithMsg:function not exist' })
    expect(callNames()).toEqual(['preVerifyJSAPI', 'agentConfig', 'openExistedChatWithMsg'])
    expect(signed.map(s => s.kind).sort()).toEqual(['agent', 'config'])
    expect(sim?.calls[0]?.params).toMatchObject({ appId: MOCK_CORP_ID, verifyJsApiList: ['openExistedChatWithMsg'] })
  })

  it('a client between 3.0.24 and 3.1.8 skips wx.config but still lacks the jump', async () => {
    const ww = await loadSdk({ version: '3.1.7' })
    register(ww)
    await expect(ww.openExistedChatWithMsg({ chatId: CHAT })).rejects.toMatchObject({ errMsg: 'openExistedChatWithMsg:function not exist' })
    expect(callNames()).toEqual(['agentConfig', 'openExistedChatWithMsg'])
  })

  it('an old client refuses agentConfig before a successful wx.config', async () => {
    await loadSdk({ version: '3.0.0' })
    const result = await invokeRaw('agentConfig', agentParams(PAGE))
    expect(result.err_msg).toMatch(/^agentConfig:fail_/)
  })
})

describe('the bridge', () => {
  it('answers asynchronously with a fresh object each time', async () => {
    await loadSdk()
    const bridge = bridgeOf()
    const answers: Record<string, unknown>[] = []
    bridge?.invoke('agentConfig', agentParams(PAGE), r => answers.push(r))
    bridge?.invoke('agentConfig', agentParams(PAGE), r => answers.push(r))
    expect(answers).toEqual([])
    await new Promise(resolve => setTimeout(resolve, 10))
    expect(answers).toEqual([{ err_msg: 'agentConfig:ok' }, { err_msg: 'agentConfig:ok' }])
    expect(answers[0]).not.toBe(answers[1])
    expect(sim?.calls[0]?.result).not.toBe(answers[0])
  })

  it('can appear late, announced by WeixinJSBridgeReady', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const ww = await loadSdk({ bridge: 'late' })
    expect(bridgeOf()).toBeUndefined()
    expect(ww.isWeixinJSBridgeReady).toBe(false)
    register(ww)
    const ready = ww.ensureAgentConfigReady()

    vi.runOnlyPendingTimers()
    vi.useRealTimers()
    expect(bridgeOf()).toBeDefined()
    await expect(ready).resolves.toBeTruthy()
    await expect(ww.openExistedChatWithMsg({ chatId: CHAT })).resolves.toMatchObject({ errMsg: 'openExistedChatWithMsg:ok' })
  })

  it('may never come: the SDK then never settles', async () => {
    const ww = await loadSdk({ bridge: 'never' })
    expect(ww.env.isWeCom).toBe(true)
    register(ww)
    expect(await settlesWithin(ww.ensureAgentConfigReady(), 100)).toBe(false)
    expect(sim?.calls).toEqual([])
  })

  it('drops pending answers on uninstall', async () => {
    await loadSdk()
    const callback = vi.fn()
    bridgeOf()?.invoke('agentConfig', agentParams(PAGE), callback)
    sim?.uninstall()
    await new Promise(resolve => setTimeout(resolve, 10))
    expect(callback).not.toHaveBeenCalled()
  })
})

describe('routes', () => {
  it('re-signs after a pushState route change, and the jump still works', async () => {
    const ww = await loadSdk()
    const signed = register(ww)
    await ww.openExistedChatWithMsg({ chatId: CHAT })

    history.pushState(null, '', '/records/43?from=list')
    await expect(ww.openExistedChatWithMsg({ chatId: CHAT })).resolves.toMatchObject({ errMsg: 'openExistedChatWithMsg:ok' })

    expect(signed.map(s => s.url)).toEqual([PAGE, `${ORIGIN}/records/43?from=list`])
    expect(callNames()).toEqual(['agentConfig', 'openExistedChatWithMsg', 'agentConfig', 'openExistedChatWithMsg'])
    expect(sim?.calls[3]?.url).toBe(`${ORIGIN}/records/43?from=list`)
  })

  it('does not re-sign after a hash route change', async () => {
    const ww = await loadSdk()
    const signed = register(ww)
    await ww.ensureAgentConfigReady()
    location.hash = '#/confirm'
    await expect(ww.openExistedChatWithMsg({ chatId: CHAT })).resolves.toMatchObject({ errMsg: 'openExistedChatWithMsg:ok' })
    expect(signed).toHaveLength(1)
    expect(callNames()).toEqual(['agentConfig', 'openExistedChatWithMsg'])
  })

  it('refuses the jump on a URL that agentConfig was not signed for', async () => {
    await loadSdk()
    expect((await invokeRaw('agentConfig', agentParams(PAGE))).err_msg).toBe('agentConfig:ok')
    history.pushState(null, '', '/records/43')
    expect((await invokeRaw('openExistedChatWithMsg', { chatId: CHAT })).err_msg).toBe('openExistedChatWithMsg:fail_no permission')
  })
})

describe('with the mock backend signing', () => {
  const backend = createMockBackend()
  const server = setupServer(...backend.handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => backend.reset())
  afterAll(() => server.close())

  async function fetchSigned(kind: 'config' | 'agent', url: string): Promise<SignatureData> {
    const response = await fetch(`/api/wecom/jssdk/${kind}-signature?url=${encodeURIComponent(url)}`)
    const { code, data } = await response.json() as { code: number, data: SignatureData }
    if (code !== 0)
      throw new Error(`signature refused: ${code}`)
    return data
  }

  async function createAndOpen(ww: Sdk) {
    ww.register({
      corpId: MOCK_CORP_ID,
      agentId: MOCK_AGENT_ID,
      jsApiList: ['openExistedChatWithMsg'],
      getConfigSignature: url => fetchSigned('config', url),
      getAgentConfigSignature: url => fetchSigned('agent', url),
    })
    const requestId = 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6'
    const response = await fetch('/api/wecom/group-chats', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ id: 'biz-42', peopleList: ['zhangsan', 'lisi'], url: PAGE, requestId }),
    })
    const { data } = await response.json() as { data: { chatId: string } }
    return ww.openExistedChatWithMsg({ chatId: data.chatId })
  }

  it('accepts what the backend signs with either ticket (an old client needs both)', async () => {
    const ww = await loadSdk({ chats: backend, version: '3.0.0' })
    ww.register({
      corpId: MOCK_CORP_ID,
      agentId: MOCK_AGENT_ID,
      jsApiList: ['openExistedChatWithMsg'],
      getConfigSignature: url => fetchSigned('config', url),
      getAgentConfigSignature: url => fetchSigned('agent', url),
    })
    await expect(ww.ensureAgentConfigReady()).resolves.toBeTruthy()
    expect(callNames()).toEqual(['preVerifyJSAPI', 'agentConfig'])
    expect(backend.requests.map(r => r.call).sort()).toEqual(['agent', 'config'])
  })

  it('opens the group the backend created', async () => {
    const ww = await loadSdk({ chats: backend })
    await expect(createAndOpen(ww)).resolves.toMatchObject({ errMsg: 'openExistedChatWithMsg:ok' })
    expect(sim?.opened).toEqual(['a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6'])
  })

  it('rejects what a backend with a stale agent ticket signs', async () => {
    backend.setKnobs({ fail: [{ call: 'agent', mode: { kind: 'badticket' } }] })
    const ww = await loadSdk({ chats: backend })
    await expect(createAndOpen(ww)).rejects.toMatchObject({ errMsg: 'agentConfig:invalid signature' })
    expect(sim?.opened).toEqual([])
  })
})

describe('simulatorOptionsFromUrl', () => {
  it('is off unless wecom=sim', () => {
    expect(simulatorOptionsFromUrl('')).toBeUndefined()
    expect(simulatorOptionsFromUrl('?wecom=1')).toBeUndefined()
    expect(simulatorOptionsFromUrl('?wecom=sim')).toEqual({})
  })

  it('reads the version, the bridge and the failure', () => {
    expect(simulatorOptionsFromUrl('?wecom=sim&wecomVersion=3.0.0&wecomBridge=late&wecomFail=signature')).toEqual({
      version: '3.0.0',
      bridge: 'late',
      invalidSignature: true,
    })
    expect(simulatorOptionsFromUrl('wecom=sim&wecomBridge=never')).toEqual({ bridge: 'never' })
  })

  it('ignores values it does not know', () => {
    expect(simulatorOptionsFromUrl('?wecom=sim&wecomVersion=latest&wecomBridge=soon&wecomFail=other')).toEqual({})
  })
})

/** Talks to the bridge directly, as the SDK would, and waits for the answer. */
function invokeRaw(name: string, params: object): Promise<Record<string, unknown>> {
  return new Promise(resolve => bridgeOf()?.invoke(name, params, resolve))
}

function agentParams(url: string, ticket = MOCK_AGENT_TICKET) {
  const timestamp = '1700000000'
  const nonceStr = 'rawnonce12345678'
  return {
    corpid: MOCK_CORP_ID,
    agentid: MOCK_AGENT_ID,
    timestamp,
    nonceStr,
    signature: jsapiSignature({ ticket, nonceStr, timestamp, url }),
    jsApiList: ['openExistedChatWithMsg'],
  }
}
