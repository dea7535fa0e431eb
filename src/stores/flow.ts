import type { GroupCreated } from '@/contract'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { useInstance } from '@/context'
import { callHost, describeFailure, GroupChatFailure, isFailure } from '@/errors'
import { newRequestId } from '@/requestId'
import { useJssdkStore } from './jssdk'

export type FlowPhase = 'idle' | 'creating' | 'opening' | 'done' | 'error'

export interface GroupChoice {
  peopleList: string[]
  name: string
  owner?: string
}

/**
 * One press of Create: idle → creating → done (browser) or → opening → done (WeCom), or error.
 * Once the backend has answered a chatId, that chatId reaches the user and the host whatever fails after.
 */
export const useFlowStore = defineStore('flow', () => {
  const { props, api, env, t, location } = useInstance()
  const jssdk = useJssdkStore()
  const phase = ref<FlowPhase>('idle')
  const created = shallowRef<GroupCreated | null>(null)
  const error = shallowRef<GroupChatFailure | null>(null)
  /** The jump failed after the group was created: "Open in WeCom" retries only the jump. */
  const openFailure = shallowRef<GroupChatFailure | null>(null)
  /** The record's existing group was opened (`existingChatId`). */
  const existingOpened = ref(false)
  const busy = computed(() => phase.value === 'creating' || phase.value === 'opening')
  /** Kept while the outcome of a press is unknown, so the retry sends the same requestId. */
  let pending: { key: string, requestId: string } | undefined
  let reported = false

  const environment = env.environment

  async function create(choice: GroupChoice): Promise<void> {
    if (busy.value)
      return
    const key = JSON.stringify([props.value.bizId, [...choice.peopleList].sort(), choice.name, choice.owner ?? ''])
    if (pending?.key !== key)
      pending = { key, requestId: newRequestId() }
    const { requestId } = pending
    phase.value = 'creating'
    error.value = null
    openFailure.value = null
    created.value = null
    reported = false
    let chatId: string
    try {
      chatId = await api.createGroup({
        id: props.value.bizId,
        peopleList: choice.peopleList,
        url: props.value.linkUrl ?? location.href,
        ...(choice.name ? { name: choice.name } : {}),
        ...(choice.owner ? { owner: choice.owner } : {}),
        requestId,
      })
    }
    catch (failure) {
      // After an unknown outcome the next press is a retry of this one: same requestId.
      if (!(isFailure(failure) && failure.outcomeUnknown))
        pending = undefined
      fail(failure)
      return
    }
    pending = undefined
    created.value = { chatId, bizId: props.value.bizId, peopleList: [...choice.peopleList], name: choice.name, opened: false, environment }
    if (!jssdk.canOpenChat) {
      finish(false)
      if (environment === 'wecom') {
        const old = new GroupChatFailure('unsupported-client', 'error.unsupportedClient', { version: env.version ?? '' }, { chatId })
        callHost(props.value.onError, describeFailure(old, t.value))
      }
      return
    }
    await jump()
  }

  /** Only the jump; the group already exists. */
  async function jump(): Promise<void> {
    const group = created.value
    if (!group || phase.value === 'opening')
      return
    phase.value = 'opening'
    openFailure.value = null
    try {
      await jssdk.openChat(group.chatId)
      finish(true)
    }
    catch (failure) {
      // Unmounted meanwhile: dispose() has already handed the group to the host.
      if (isFailure(failure) && failure.aborted)
        return
      const f = isFailure(failure) ? failure : new GroupChatFailure('open-chat', 'error.openChat', { reason: String(failure) }, { chatId: group.chatId })
      openFailure.value = f
      finish(false)
      callHost(props.value.onError, describeFailure(f, t.value))
    }
  }

  function finish(opened: boolean): void {
    const group = created.value
    if (!group)
      return
    phase.value = 'done'
    created.value = { ...group, opened }
    // Exactly once per group, so a host never records it twice; a later successful jump only updates the UI.
    if (!reported) {
      reported = true
      callHost(props.value.onCreated, { ...group, opened })
    }
  }

  function fail(failure: unknown): void {
    const f = isFailure(failure) ? failure : new GroupChatFailure('network', 'error.network', {}, { cause: failure })
    if (f.aborted)
      return
    phase.value = 'error'
    error.value = f
    callHost(props.value.onError, describeFailure(f, t.value))
  }

  /** The record's existing group (`existingChatId`): only the jump, never a create. */
  async function openExisting(chatId: string): Promise<boolean> {
    if (busy.value || !chatId)
      return false
    phase.value = 'opening'
    openFailure.value = null
    existingOpened.value = false
    try {
      await jssdk.openChat(chatId)
      phase.value = 'idle'
      existingOpened.value = true
      return true
    }
    catch (failure) {
      if (isFailure(failure) && failure.aborted)
        return false
      const f = isFailure(failure) ? failure : new GroupChatFailure('open-chat', 'error.openChat', { reason: String(failure) }, { chatId })
      phase.value = 'idle'
      openFailure.value = f
      callHost(props.value.onError, describeFailure(f, t.value))
      return false
    }
  }

  /** Back to picking (e.g. "Create another group"); keeps a pending requestId for an unknown outcome. */
  function reset(): void {
    if (busy.value)
      return
    phase.value = 'idle'
    error.value = null
    openFailure.value = null
    existingOpened.value = false
    created.value = null
  }

  /** Unmounting mid-jump still hands the created group to the host. */
  function dispose(): void {
    if (created.value && !reported)
      finish(false)
  }

  return { phase, created, error, openFailure, existingOpened, busy, create, jump, openExisting, reset, dispose }
})
