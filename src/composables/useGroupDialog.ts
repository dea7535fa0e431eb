import type { MessageKey } from '@/i18n'
import { computed, onScopeDispose, ref, toRef, watch } from 'vue'
import { useInstance } from '@/runtime/context'
import { isFailure } from '@/failures/failure'
import { describeFailure } from '@/failures/words'
import { useCandidatesStore } from '@/stores/candidates'
import { useDraftsStore } from '@/stores/drafts'
import { useFlowStore } from '@/stores/flow'
import { useJssdkStore } from '@/stores/jssdk'
import { MAX_MEMBERS, useSelection } from './useSelection'

/** What the dialog shows: the picker (picking, creating, a failed create) or an outcome. */
export type DialogView = 'picking' | 'created' | 'existing'

/**
 * Everything the dialog shows and does, derived from the flow's one state; the component stays
 * template and wiring.
 */
export function useGroupDialog() {
  const { props, t, env, report } = useInstance()
  const flow = useFlowStore()
  const jssdk = useJssdkStore()
  const candidates = useCandidatesStore()
  const owner = computed(() => props.value.owner)
  const selection = useSelection({
    candidates: toRef(candidates, 'state'),
    owner,
    defaultSelected: computed(() => props.value.defaultSelected),
    defaultName: computed(() => props.value.defaultGroupName),
  })

  // The record's draft comes back as it was left; closing (or the host moving to another record)
  // keeps it. A created group has dropped it already (the drafts store), so that one is not saved.
  const drafts = useDraftsStore()
  const bizId = computed(() => props.value.bizId)
  function keepDraft(id: string) {
    if (flow.state.kind === 'picking' || flow.state.kind === 'failed' || flow.state.kind === 'creating')
      drafts.save(id, selection.snapshot())
  }
  const draft = drafts.get(bizId.value)
  if (draft)
    selection.restore(draft)
  watch(bizId, (next, last) => {
    keepDraft(last)
    const found = drafts.get(next)
    if (found)
      selection.restore(found)
    else
      selection.reset()
  })
  onScopeDispose(() => keepDraft(bizId.value))
  /** What select-all left out at the limit, said once in the status line. */
  const leftOut = ref(0)

  const view = computed<DialogView>(() => {
    const kind = flow.state.kind
    return kind === 'created' || kind === 'existing' ? kind : 'picking'
  })
  const titleKey = computed<MessageKey>(() =>
    view.value === 'created' ? 'dialog.titleCreated' : view.value === 'existing' ? 'dialog.titleExisting' : 'dialog.title')

  const statusKey = computed<MessageKey | null>(() => {
    const s = flow.state
    if (s.kind === 'creating')
      return 'status.creating'
    if (s.kind === 'picking' && leftOut.value)
      return 'picker.leftOut'
    if (s.kind === 'created') {
      switch (s.jump) {
        case 'opening': return 'status.opening'
        case 'opened': return 'status.opened'
        case 'failed': return 'status.createdOpenFailed'
      }
      return env.environment === 'wecom' ? 'status.createdUnsupported' : env.environment === 'wechat' ? 'status.createdWeChat' : 'status.createdBrowser'
    }
    if (s.kind === 'existing') {
      if (s.jump === 'opening')
        return 'status.openingExisting'
      if (s.jump === 'opened')
        return 'status.openedExisting'
      // In a browser the record's group view says where to find it, for members and others alike.
      if (!jssdk.canOpenChat)
        return env.environment === 'wechat' ? 'status.existsWeChat' : 'outcome.existing'
    }
    return null
  })

  const statusText = computed(() => statusKey.value
    ? t.value(statusKey.value, { count: leftOut.value, max: MAX_MEMBERS })
    : '')

  const alert = computed(() => {
    const s = flow.state
    // A failed jump into the record's group is said by its own view (components/RecordGroup.vue).
    const failure = s.kind === 'failed' || s.kind === 'created' ? s.failure : undefined
    return failure ? describeFailure(failure, t.value).message : null
  })

  /**
   * The outcome, said: the created group's name (or that WeCom names it), its size and where to find
   * it; for an existing group a headline where the status does not already say it all.
   */
  const outcome = computed(() => {
    const s = flow.state
    if (s.kind === 'existing')
      return { name: jssdk.canOpenChat ? t.value('outcome.existing') : '', members: '', who: '', hint: null }
    if (s.kind !== 'created')
      return null
    // Who is in it, by name: the first dozen, then how many more.
    const SHOWN = 12
    const list = s.group.peopleList
    const names = list.slice(0, SHOWN).map(selection.displayName).join(t.value('outcome.separator'))
    return {
      name: s.group.name || t.value('outcome.autoName'),
      members: t.value('outcome.members', { count: list.length }),
      who: list.length > SHOWN ? t.value('outcome.whoMore', { names, count: list.length - SHOWN }) : t.value('outcome.who', { names }),
      hint: env.environment === 'browser' ? t.value('outcome.whereBrowser') : null,
    }
  })

  /** The one primary action of an outcome: the jump while it is under way or can be retried, else Done. */
  const primary = computed<'open' | 'done'>(() => {
    const s = flow.state
    if (!jssdk.canOpenChat || (s.kind !== 'created' && s.kind !== 'existing'))
      return 'done'
    if (s.kind === 'existing')
      return s.jump === 'opened' ? 'done' : 'open'
    return s.jump === 'opening' || s.jump === 'failed' ? 'open' : 'done'
  })

  const peopleError = computed(() => candidates.error ? t.value(candidates.error.key, candidates.error.params) : null)
  const canCreate = computed(() => !selection.reason.value && !flow.busy && !candidates.isLoading && !peopleError.value)
  const reasonText = computed(() => {
    const r = selection.reason.value
    return r ? t.value(r.key, r.params) : ''
  })

  function create() {
    // Pressing Create (Enter in the name field) turns the reason it is disabled into an error.
    selection.touched.value = true
    if (canCreate.value)
      return flow.create({ peopleList: selection.selected.value, name: selection.name.value.trim(), owner: owner.value })
  }

  function createAnother() {
    flow.pickAgain()
    drafts.drop(bizId.value)
    selection.reset()
  }

  function selectAll(userIds: string[], left: number) {
    selection.addMany(userIds)
    leftOut.value = left
  }
  // The note about the limit is about that one press: any later change of the choice retires it.
  watch(selection.selected, () => (leftOut.value = 0), { flush: 'sync' })

  /** WeCom's own picker; a failure is said (and reported), the list stays usable. */
  const contactsError = ref('')
  async function addFromWeCom() {
    contactsError.value = ''
    try {
      selection.addContacts(await jssdk.selectContacts())
    }
    catch (failure) {
      if (!isFailure(failure) || failure.aborted)
        return
      contactsError.value = describeFailure(failure, t.value).message
      report.error(failure)
    }
  }

  return {
    t,
    view,
    titleKey,
    statusKey,
    statusText,
    busy: toRef(flow, 'busy'),
    alert,
    outcome,
    primary,
    owner,
    selection,
    people: toRef(candidates, 'state'),
    peopleLoading: toRef(candidates, 'isLoading'),
    peopleError,
    retryPeople: () => candidates.execute(),
    canCreate,
    reasonText,
    canSelectContacts: toRef(jssdk, 'canSelectContacts'),
    contactsError,
    prewarm: () => jssdk.prewarm(),
    addFromWeCom,
    create,
    createAnother,
    selectAll,
    leftOut,
    jump: () => flow.jump(),
  }
}
