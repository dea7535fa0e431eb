import type { GroupChoice } from '@/requests/pendingRequest'
import type { GroupCreated } from '@/contract'
import { defineStore } from 'pinia'
import { computed, onScopeDispose, shallowRef, watch } from 'vue'
import { useInstance } from '@/runtime/context'
import { GroupChatFailure, isFailure } from '@/failures/failure'
import { useJssdkStore } from './jssdk'

/** The jump into a chat: not tried (a browser, an old client), under way, done, or failed. */
export type Jump = 'none' | 'opening' | 'opened' | 'failed'

/** The whole flow in one value: what the dialog shows is derived from it and nothing else. */
export type Flow =
  | { kind: 'picking' }
  | { kind: 'creating', choice: GroupChoice, requestId: string }
  | { kind: 'failed', choice: GroupChoice, failure: GroupChatFailure }
  | { kind: 'created', group: GroupCreated, jump: Jump, failure?: GroupChatFailure }
  /**
   * The record's existing group (`existingChatId`, or a create the backend answered with the
   * record's group: then `group`, reported with `existing: true`): only ever a jump, never a create.
   */
  | { kind: 'existing', chatId: string, jump: Jump, failure?: GroupChatFailure, group?: GroupCreated }

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

  /**
   * Counts records (keep-alive hosts move one instance from record to record): whatever was under
   * way for the record the host left finishes for it, never in the new record's state.
   */
  let record = 0
  watch(() => props.value.bizId, () => {
    record++
    state.value = initial()
  })

  async function create(choice: GroupChoice): Promise<void> {
    if (busy.value)
      return
    const requestId = pending.requestIdFor(choice)
    const bizId = props.value.bizId
    // The record's own callbacks, in case the host moves to another record before the answer.
    const sentFor = props.value
    const at = record
    const moved = () => at !== record
    state.value = { kind: 'creating', choice, requestId }
    let chatId: string
    let existing: boolean
    try {
      ({ chatId, existing } = await api.createGroup({
        id: bizId,
        peopleList: [...choice.peopleList],
        url: props.value.linkUrl ?? location.href,
        ...(choice.name ? { name: choice.name } : {}),
        ...(choice.owner ? { owner: choice.owner } : {}),
        requestId,
      }))
    }
    catch (caught) {
      const failure = isFailure(caught) ? caught : new GroupChatFailure('network', 'error.network', {}, { cause: caught })
      // After an unknown outcome the next press is a retry of this one, even after a reload.
      if (failure.outcomeUnknown)
        pending.keep(choice, requestId, bizId)
      else
        pending.clear(choice, bizId)
      if (!moved())
        state.value = { kind: 'failed', choice, failure }
      report.error(failure, moved() ? sentFor : undefined)
      return
    }
    pending.clear(choice, bizId)
    const group: GroupCreated = { chatId, bizId, peopleList: [...choice.peopleList], name: choice.name, opened: false, environment: env.environment, ...(existing ? { existing: true } : {}) }
    if (moved()) {
      // The host moved to another record meanwhile: the group is the old record's, told to its callbacks, never jumped into.
      report.created(group, sentFor)
      return
    }
    state.value = existing ? { kind: 'existing', chatId, jump: 'none', group } : { kind: 'created', group, jump: 'none' }
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
    const at = record
    // The host moved to another record mid-jump: the group still reaches the host, in no record's state.
    const settle = (jump: Jump, failure?: GroupChatFailure) => at === record
      ? settleJump(jump, failure)
      : s.group && report.created({ ...s.group, opened: jump === 'opened' })
    state.value = { ...s, jump: 'opening', failure: undefined }
    try {
      await jssdk.openChat(chatId)
      settle('opened')
    }
    catch (caught) {
      const failure = isFailure(caught) ? caught : new GroupChatFailure('open-chat', 'error.openChat', { reason: String(caught) }, { chatId })
      // Unmounted mid-jump: onScopeDispose below has handed the group over already.
      if (failure.aborted)
        return
      settle('failed', failure)
      report.error(failure)
    }
  }

  function settleJump(jump: Jump, failure?: GroupChatFailure): void {
    const s = state.value
    if (s.kind === 'existing') {
      state.value = { ...s, jump, failure }
      if (s.group)
        report.created({ ...s.group, opened: jump === 'opened' })
    }
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
    const group = s.kind === 'created' || s.kind === 'existing' ? s.group : undefined
    if (group)
      report.created(group)
  })

  return { state, busy, create, jump, openExisting, pickAgain, close }
})
