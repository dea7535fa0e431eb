import type { AgentSignature } from '@/api/types'
import type { SelectedContact, WeComSdk } from '@/wecom/sdk'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { useInstance } from '@/context'
import { GroupChatFailure, isFailure } from '@/errors'
import type { MessageKey } from '@/i18n'
import { withTimeout } from '@/timeout'
import { signUrl } from '@/wecom/environment'

export type SdkStatus = 'idle' | 'signing' | 'ready' | 'failed'

/**
 * JS-SDK readiness: the only store that talks to WeCom. It signs ahead (prewarm) while the user
 * picks, so that after Create only the create request and the jump remain.
 */
export const useJssdkStore = defineStore('jssdk', () => {
  const { props, api, env, loadSdk, location, sdkTimeoutMs, signal } = useInstance()
  const status = ref<SdkStatus>('idle')
  const error = shallowRef<GroupChatFailure | null>(null)
  /**
   * Only a WeCom client (3.1.8 or later) can jump into a chat, whether through the host's `openChat`
   * or our own SDK; in a browser either would never settle.
   */
  const canOpenChat = env.canOpenChat
  /** WeCom's own contact picker, when we own the SDK in a client that has it. */
  const canSelectContacts = computed(() => !props.value.openChat && env.canOpenChat)
  let sdk: WeComSdk | undefined
  let signing: Promise<WeComSdk> | undefined
  let disposed = false

  const clientTimeout = () => new GroupChatFailure('sdk-config', 'error.sdkConfigNoChat', {}, { reasonKey: 'error.sdkTimeout' })

  /** Starts signing if this page will need it; never rejects. */
  function prewarm(): void {
    if (env.environment === 'wecom' && env.canOpenChat && !props.value.openChat)
      sign().catch(() => {})
  }

  /** Loads the SDK and completes `agentConfig` for the current URL; one fresh re-sign on a bad signature. */
  function sign(): Promise<WeComSdk> {
    if (!signing) {
      status.value = 'signing'
      error.value = null
      signing = signOnce().then(
        (ready) => {
          status.value = 'ready'
          return ready
        },
        (failure: unknown) => {
          signing = undefined
          const f = toSdkFailure(failure, 'sdk-config')
          if (!disposed) {
            status.value = 'failed'
            error.value = f
          }
          throw f
        },
      )
    }
    return signing
  }

  async function signOnce(): Promise<WeComSdk> {
    const loaded = sdk ?? await withTimeout(loadSdk(), sdkTimeoutMs, clientTimeout, signal)
    sdk = loaded
    const url = signUrl(location.href)
    let prefetched: Promise<AgentSignature> | undefined = api.agentSignature(url)
    const first = await prefetched
    loaded.register({
      corpId: props.value.corpId ?? first.corpid,
      agentId: props.value.agentId ?? first.agentid,
      getConfigSignature: signedUrl => api.configSignature(signedUrl),
      // The first request reuses the signature fetched for corpid/agentid; later ones (a pushState
      // route change, a re-sign) ask the backend afresh.
      getAgentConfigSignature: (signedUrl) => {
        const reuse = prefetched && signedUrl === url ? prefetched : undefined
        prefetched = undefined
        return reuse ?? api.agentSignature(signedUrl)
      },
    })
    try {
      await withTimeout(loaded.ensureAgentConfigReady(), sdkTimeoutMs, clientTimeout, signal)
    }
    catch (failure) {
      if (!/invalid signature/i.test(errMsgOf(failure)))
        throw failure
      // A stale ticket on the backend is the usual cause; one fresh signature, then give up.
      await withTimeout(loaded.ensureAgentConfigReady(), sdkTimeoutMs, clientTimeout, signal)
    }
    return loaded
  }

  /** Jumps into the chat: the host's `openChat` when given, else our signed SDK. */
  async function openChat(chatId: string): Promise<void> {
    const hostOpen = props.value.openChat
    if (hostOpen) {
      try {
        await withTimeout(Promise.resolve().then(() => hostOpen(chatId)), sdkTimeoutMs, clientTimeout, signal)
      }
      catch (failure) {
        throw toSdkFailure(failure, 'open-chat').withChatId(chatId)
      }
      return
    }
    let ready: WeComSdk
    try {
      ready = await sign()
    }
    catch (failure) {
      throw toSdkFailure(failure, 'sdk-config').withChatId(chatId)
    }
    try {
      await withTimeout(ready.openExistedChatWithMsg(chatId), sdkTimeoutMs, clientTimeout, signal)
    }
    catch (failure) {
      const f = toSdkFailure(failure, 'open-chat')
      // A route change since signing, or a signature the client dropped: forget it and sign anew next time.
      if (f.code === 'sdk-config')
        signing = undefined
      throw f.withChatId(chatId)
    }
  }

  /** WeCom's own contact picker; an empty list when the user cancels. */
  async function selectContacts(): Promise<SelectedContact[]> {
    try {
      const ready = await sign()
      return await withTimeout(ready.selectEnterpriseContact(), 120_000, clientTimeout, signal)
    }
    catch (failure) {
      if (/cancel/i.test(errMsgOf(failure)))
        return []
      // Its own sentence: signing's default one speaks of a created group, which here there is not.
      const f = toSdkFailure(failure, 'open-chat')
      if (f.aborted)
        throw f
      throw new GroupChatFailure(f.code, 'error.selectContacts', f.params, { reasonKey: f.reasonKey, cause: failure })
    }
  }


  function dispose(): void {
    disposed = true
  }

  return { status, error, canOpenChat, canSelectContacts, prewarm, sign, openChat, selectContacts, dispose }
})

function errMsgOf(failure: unknown): string {
  if (failure && typeof failure === 'object' && 'errMsg' in failure)
    return String((failure as { errMsg: unknown }).errMsg)
  return ''
}

/** What the client said, in words, when we know them (WECOM.md: JS-side reasons). */
function reasonKeyOf(errMsg: string): MessageKey | undefined {
  if (/invalid signature/i.test(errMsg))
    return 'wecom.40093'
  if (/invalid corpid/i.test(errMsg))
    return 'wecom.40013'
  if (/reliable domain/i.test(errMsg))
    return 'wecom.80001'
  if (/no permission|permission denied/i.test(errMsg))
    return 'wecom.noPermission'
  if (/function not exist/i.test(errMsg))
    return 'wecom.functionNotExist'
  return undefined
}

/**
 * Whatever failed around the SDK becomes `sdk-config` (signing) or `open-chat` (the jump), with the
 * underlying reason kept in words: SDK results are plain objects `{ errMsg, errCode }` (WECOM.md),
 * backend failures while signing keep their own sentence as the reason.
 */
function toSdkFailure(failure: unknown, code: 'sdk-config' | 'open-chat'): GroupChatFailure {
  if (isFailure(failure) && failure.aborted)
    return failure
  if (isFailure(failure) && (failure.code === 'sdk-config' || failure.code === 'open-chat') && failure.key !== 'error.sdkConfigNoChat')
    return failure
  const errMsg = errMsgOf(failure)
  const finalCode = /^(agentConfig|config|preVerifyJSAPI):/i.test(errMsg) ? 'sdk-config' : code
  const key = finalCode === 'sdk-config' ? 'error.sdkConfig' : 'error.openChat'
  if (isFailure(failure))
    return new GroupChatFailure(finalCode, key, failure.params, { reasonKey: failure.reasonKey ?? failure.key, cause: failure })
  const reasonKey = reasonKeyOf(errMsg)
  return new GroupChatFailure(finalCode, key, { reason: errMsg || String(failure) }, { reasonKey, cause: failure })
}
