import type { AgentSignature } from '@/api/types'
import type { MessageKey } from '@/i18n'
import type { ChatMessage, SelectedContact, WeComSdk } from '@/wecom/sdk'
import { defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { useInstance } from '@/runtime/context'
import { GroupChatFailure, isFailure } from '@/failures/failure'
import { asClause, clientReasonKey } from '@/failures/words'
import { withTimeout } from '@/runtime/deadline'
import { signUrl } from '@/wecom/environment'

type ClientCode = 'sdk-config' | 'open-chat'

/** Where signing stands: `ready` for `signedUrl`; `failed` until the next call signs anew. */
export type SigningStatus = 'idle' | 'signing' | 'ready' | 'failed'

/**
 * JS-SDK readiness: the only store that talks to WeCom. It signs ahead (prewarm) while the user
 * picks, so that after Create only the create request and the jump remain.
 */
export const useJssdkStore = defineStore('jssdk', () => {
  const { props, api, env, loadSdk, location, sdkTimeoutMs, signal } = useInstance()
  /**
   * Only a WeCom client (3.1.8 or later) can jump into a chat, whether through the host's `openChat`
   * or our own SDK; in a browser either would never settle.
   */
  const canOpenChat = env.canOpenChat
  /** WeCom's own contact picker, when we own the SDK in a client that has it. */
  const canSelectContacts = computed(() => !props.value.openChat && env.canOpenChat)
  /** Readiness is store state (devtools and tests see it): where signing stands, for which URL, and why it last failed. */
  const status = shallowRef<SigningStatus>('idle')
  const signedUrl = shallowRef<string | undefined>()
  const lastFailure = shallowRef<GroupChatFailure | null>(null)
  /** The loaded SDK module: a handle, not state. */
  let sdk: WeComSdk | undefined
  /** The signing under way or done for the current URL; forgotten after a failure, so the next call signs anew. */
  let signing: Promise<WeComSdk> | undefined

  function failed(failure: GroupChatFailure): GroupChatFailure {
    signing = undefined
    signedUrl.value = undefined
    status.value = 'failed'
    lastFailure.value = failure
    return failure
  }

  /** A WeCom client call that never answers: its own words, never "signature failed" (docs/troubleshooting.md). */
  const client = <T>(call: PromiseLike<T>, code: ClientCode, ms = sdkTimeoutMs) =>
    withTimeout(call, ms, () => new GroupChatFailure(code, 'error.clientTimeout'), signal)

  /** Starts signing if this page will need it; never rejects. */
  function prewarm(): void {
    if (env.environment === 'wecom' && env.canOpenChat && !props.value.openChat)
      sign().catch(() => {})
  }

  /** Loads the SDK and completes `agentConfig` for the current URL; one fresh re-sign on a bad signature. */
  function sign(): Promise<WeComSdk> {
    if (!signing)
      status.value = 'signing'
    signing ??= signOnce().catch((failure: unknown) => {
      throw failed(toSdkFailure(failure, 'sdk-config').with({ action: 'sign' }))
    })
    return signing
  }

  async function signOnce(): Promise<WeComSdk> {
    // The SDK's own chunk failing to load is a network matter, not a signature.
    const loaded = sdk ??= await client(loadSdk(), 'sdk-config').catch((failure: unknown) => {
      throw isFailure(failure) ? failure : new GroupChatFailure('sdk-config', 'error.sdkLoad', {}, { cause: failure })
    })
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
      await client(loaded.ensureAgentConfigReady(), 'sdk-config')
    }
    catch (failure) {
      if (!/invalid signature/i.test(errMsgOf(failure)))
        throw failure
      // A stale ticket on the backend is the usual cause; one fresh signature, then give up.
      await client(loaded.ensureAgentConfigReady(), 'sdk-config')
    }
    status.value = 'ready'
    signedUrl.value = url
    lastFailure.value = null
    return loaded
  }

  /** Jumps into the chat: the host's `openChat` when given, else our signed SDK. */
  async function openChat(chatId: string): Promise<void> {
    const hostOpen = props.value.openChat
    if (hostOpen) {
      try {
        await client(Promise.resolve().then(() => hostOpen(chatId)), 'open-chat')
      }
      catch (failure) {
        throw toSdkFailure(failure, 'open-chat').with({ chatId, action: 'jump' })
      }
      return
    }
    let ready: WeComSdk
    try {
      ready = await sign()
    }
    catch (failure) {
      throw toSdkFailure(failure, 'sdk-config').with({ chatId, action: 'jump' })
    }
    try {
      await openWithCard(ready, chatId)
    }
    catch (failure) {
      const f = toSdkFailure(failure, 'open-chat')
      // A route change since signing, or a signature the client dropped: forget it and sign anew next time.
      if (f.code === 'sdk-config')
        failed(f)
      throw f.with({ chatId, action: 'jump' })
    }
  }

  /**
   * With `linkCard`, the chat opens with the record's card ready to send. A client that refuses the
   * card (`fail_unsupported_msgtype`, an old one, any other refusal of the call) gets the plain
   * jump once; a client that never answered (timeout) or dropped our signature is not asked again.
   */
  async function openWithCard(ready: WeComSdk, chatId: string): Promise<void> {
    const card = props.value.linkCard
    if (!card)
      return void await client(ready.openExistedChatWithMsg(chatId), 'open-chat')
    const msg: ChatMessage = { msgtype: 'link', link: { ...card, url: card.url ?? props.value.linkUrl ?? location.href } }
    try {
      await client(ready.openExistedChatWithMsg(chatId, msg), 'open-chat')
    }
    catch (failure) {
      if (isFailure(failure) || /^(agentConfig|config|preVerifyJSAPI):/i.test(errMsgOf(failure)))
        throw failure
      await client(ready.openExistedChatWithMsg(chatId), 'open-chat')
    }
  }

  /** WeCom's own contact picker; an empty list when the user cancels. */
  async function selectContacts(): Promise<SelectedContact[]> {
    try {
      const ready = await sign()
      return await client(ready.selectEnterpriseContact(), 'open-chat', 120_000)
    }
    catch (failure) {
      if (/cancel/i.test(errMsgOf(failure)))
        return []
      // Its own sentence: signing's speaks of a created group, which here there is not.
      const f = toSdkFailure(failure, 'open-chat')
      if (f.aborted)
        throw f
      return Promise.reject(new GroupChatFailure(f.code, 'error.selectContacts', f.params, { action: 'pick', reasonKey: f.reasonKey ?? reasonOf(f), cause: failure }))
    }
  }

  return { status, signedUrl, lastFailure, canOpenChat, canSelectContacts, prewarm, openChat, selectContacts }
})

/** The words of a failure used as another's reason: its own reason when it has one. */
function reasonOf(f: GroupChatFailure): MessageKey | undefined {
  return f.key === 'error.sdkConfig' || f.key === 'error.openChat' ? undefined : f.key
}

function errMsgOf(failure: unknown): string {
  if (failure && typeof failure === 'object' && 'errMsg' in failure)
    return String((failure as { errMsg: unknown }).errMsg)
  return ''
}

/**
 * Whatever failed around the SDK becomes `sdk-config` (signing) or `open-chat` (the jump), with the
 * underlying reason kept in words: SDK results are plain objects `{ errMsg, errCode }` (docs/troubleshooting.md),
 * backend failures while signing keep their own sentence as the reason.
 */
function toSdkFailure(failure: unknown, code: ClientCode): GroupChatFailure {
  if (isFailure(failure)) {
    if (failure.aborted || failure.code === 'sdk-config' || failure.code === 'open-chat')
      return failure
    // The backend failed while signing: its sentence becomes the reason, and its own words stay
    // beside ours as they came (an unknown code has no sentence of ours: its code is the reason).
    const unknownCode = failure.key === 'error.backend'
    return new GroupChatFailure('sdk-config', 'error.sdkConfig', failure.params, {
      reasonKey: unknownCode ? 'error.backendCode' : failure.reasonKey ?? failure.key,
      backendMessage: failure.options.backendMessage ?? (unknownCode && failure.params.message !== undefined ? String(failure.params.message) : undefined),
      cause: failure,
    })
  }
  const errMsg = errMsgOf(failure)
  const finalCode = /^(agentConfig|config|preVerifyJSAPI):/i.test(errMsg) ? 'sdk-config' : code
  const key = finalCode === 'sdk-config' ? 'error.sdkConfig' : 'error.openChat'
  return new GroupChatFailure(finalCode, key, { reason: asClause(errMsg || String(failure)) }, { reasonKey: clientReasonKey(errMsg), cause: failure })
}
