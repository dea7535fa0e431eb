import type { GroupChoice } from '@/pendingRequest'
import type { GroupCreated } from '@/contract'
import { defineStore } from 'pinia'
import { computed, onScopeDispose, shallowRef, watch } from 'vue'
import { useInstance } from '@/context'
import { GroupChatFailure, isFailure } from '@/errors'
import { useJssdkStore } from './jssdk'

/** The jump into a chat: not tried (a browser, an old client), under way, done, or failed. */
export type Jump = 'none' | 'opening' | 'opened' | 'failed'

/** The whole flow in one value: what the dialog shows is derived from it and nothing else. */
export type Flow =
  | { kind: 'picking' }
  | { kind: 'creating', choice: GroupChoice, requestId: string }
  | { kind: 'failed', choice: GroupChoice, failure: GroupChatFailure }
  | { kind: 'created', group: GroupCreated, jump: Jump, failure?: GroupChatFailure }
  /** The record's existing group (`existingChatId`): only ever a jump, never a create. */
  | { kind: 'existing', chatId: string, jump: Jump, failure?: GroupChatFailure }

/**
 * One press of Create: picking → creating → created (then the jump, inside WeCom) or failed.
 * Once the backend has answered a chatId, that chatId reaches the user and the host whatever fails
 * after, an unmount included.
 */
export const useFlowStore = defineStore('flow', () => {
  const { props, api, env, location, report, pending, signal } = useInstance()
  const jssdk = useJssdkStore()
  const initial = (): Flow => props.value.existingChatId
    ? { kind: 'existing', chatId: props.value.existingChatId, jump: 'none' }
    : { kind: 'picking' }
  const state = shallowRef<Flow>(initial())

  const busy = computed(() => {
    const s = state.value
    return s.kind === 'creating' || ((s.kind === 'created' || s.kind === 'existing') && s.jump === 'opening')
  })

  // The host linked or unlinked a group while nothing of ours is under way or on show.
  watch(() => props.value.existingChatId, () => {
    if (state.value.kind === 'picking' || (state.value.kind === 'existing' && !busy.value))
      state.value = initial()
  })

  async function create(choice: GroupChoice): Promise<void> {
    if (busy.value)
      return
    const requestId = pending.requestIdFor(choice)
    const bizId = props.value.bizId
    state.value = { kind: 'creating', choice, requestId }
    let chatId: string
    try {
      chatId = await api.createGroup({
        id: bizId,
        peopleList: [...choice.peopleList],
        url: props.value.linkUrl ?? location.href,
        ...(choice.name ? { name: choice.name } : {}),
        ...(choice.owner ? { owner: choice.owner } : {}),
        requestId,
      })
    }
    catch (caught) {
      const failure = isFailure(caught) ? caught : new GroupChatFailure('network', 'error.network', {}, { cause: caught })
      // After an unknown outcome the next press is a retry of this one, even after a reload.
      if (failure.outcomeUnknown)
        pending.keep(choice, requestId)
      else
        pending.clear(choice)
      state.value = { kind: 'failed', choice, failure }
      report.error(failure)
      return
    }
    pending.clear(choice)
    const group: GroupCreated = { chatId, bizId, peopleList: [...choice.peopleList], name: choice.name, opened: false, environment: env.environment }
    state.value = { kind: 'created', group, jump: 'none' }
    if (signal.aborted || !jssdk.canOpenChat) {
      // Unmounted meanwhile (the host still hears of the group), or no jump is possible here.
      report.created(group)
      if (!signal.aborted && env.environment === 'wecom')
        report.error(new GroupChatFailure('unsupported-client', 'error.unsupportedClient', { version: env.version ?? '' }, { chatId }))
      return
    }
    await jump()
  }

  /** Only the jump, into the created group or the record's existing one. */
  async function jump(): Promise<void> {
    const s = state.value
    if ((s.kind !== 'created' && s.kind !== 'existing') || busy.value)
      return
    const chatId = s.kind === 'created' ? s.group.chatId : s.chatId
    state.value = { ...s, jump: 'opening', failure: undefined }
    try {
      await jssdk.openChat(chatId)
      settleJump('opened')
    }
    catch (caught) {
      const failure = isFailure(caught) ? caught : new GroupChatFailure('open-chat', 'error.openChat', { reason: String(caught) }, { chatId })
      // Unmounted mid-jump: onScopeDispose below has handed the group over already.
      if (failure.aborted)
        return
      settleJump('failed', failure)
      report.error(failure)
    }
  }

  function settleJump(jump: Jump, failure?: GroupChatFailure): void {
    const s = state.value
    if (s.kind === 'existing')
      state.value = { ...s, jump, failure }
    if (s.kind === 'created') {
      const group = { ...s.group, opened: s.group.opened || jump === 'opened' }
      state.value = { kind: 'created', group, jump, failure }
      report.created(group)
    }
  }

  /** The trigger in WeCom for a record with a group: straight into it, no dialog unless it fails. */
  async function openExisting(): Promise<boolean> {
    if (busy.value)
      return false
    state.value = initial()
    await jump()
    const s = state.value
    return s.kind === 'existing' && s.jump === 'opened'
  }

  /** "Create another group chat": back to picking. */
  function pickAgain(): void {
    if (!busy.value)
      state.value = { kind: 'picking' }
  }

  /** The dialog closed: the next open starts fresh (a pending requestId is kept by `pending`). */
  function close(): void {
    if (!busy.value)
      state.value = initial()
  }

  // Unmounted mid-jump: the group exists, so the host hears of it now, unopened.
  onScopeDispose(() => {
    const s = state.value
    if (s.kind === 'created')
      report.created(s.group)
  })

  return { state, busy, create, jump, openExisting, pickAgain, close }
})
