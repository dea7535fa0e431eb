import type { ComputedRef, Ref } from 'vue'
import type { MessageKey, Translate } from '@/i18n'
import type { IndexedCandidate } from '@/search/match'
import { computed, onScopeDispose, ref, toRef, watch } from 'vue'
import { useInstance } from '@/runtime/context'
import { isFailure } from '@/failures/failure'
import { describeFailure } from '@/failures/words'
import { useCandidatesStore } from '@/stores/candidates'
import { useDraftsStore } from '@/stores/drafts'
import { useFlowStore } from '@/stores/flow'
import { useJssdkStore } from '@/stores/jssdk'
import type { UseGroupOutcomeReturn } from './useGroupOutcome'
import { useGroupOutcome } from './useGroupOutcome'
import { MAX_MEMBERS, useSelection } from './useSelection'

type Selection = ReturnType<typeof useSelection>

/** What the dialog's template needs: the outcome part, the picking state, and their actions. */
export interface UseGroupDialogReturn extends UseGroupOutcomeReturn {
  t: Readonly<Ref<Translate>>
  statusText: ComputedRef<string>
  busy: Readonly<Ref<boolean>>
  /** The failed create's (or failed jump's) words, or null. */
  alert: ComputedRef<string | null>
  owner: ComputedRef<string | undefined>
  selection: Selection
  people: Readonly<Ref<readonly IndexedCandidate[]>>
  peopleLoading: Readonly<Ref<boolean>>
  peopleError: ComputedRef<string | null>
  retryPeople: () => void
  canCreate: ComputedRef<boolean>
  reasonText: ComputedRef<string>
  canSelectContacts: Readonly<Ref<boolean>>
  contactsError: Ref<string>
  prewarm: () => void
  addFromWeCom: () => Promise<void>
  create: () => Promise<void> | undefined
  createAnother: () => void
  selectAll: (userIds: string[], left: number) => void
}

/**
 * Everything the dialog shows and does, derived from the flow's one state; the component stays
 * template and wiring. The outcome (a created or existing group) is useGroupOutcome's.
 */
export function useGroupDialog(): UseGroupDialogReturn {
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
    ...useGroupOutcome(selection.displayName),
    t,
    statusText,
    busy: toRef(flow, 'busy'),
    alert,
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
  }
}
