import type { MessageKey } from '@/i18n'
import { computed, ref, toRef } from 'vue'
import { useInstance } from '@/context'
import { describeFailure } from '@/errors'
import { useCandidatesStore } from '@/stores/candidates'
import { useFlowStore } from '@/stores/flow'
import { useJssdkStore } from '@/stores/jssdk'
import { useSelection } from './useSelection'

/** Everything the dialog shows and does; the component stays template and wiring. */
export function useGroupDialog() {
  const { props, t, env } = useInstance()
  const flow = useFlowStore()
  const jssdk = useJssdkStore()
  const candidates = useCandidatesStore()
  const selection = useSelection({
    candidates: toRef(candidates, 'state'),
    owner: computed(() => props.value.owner),
    defaultSelected: computed(() => props.value.defaultSelected),
    defaultName: computed(() => props.value.defaultGroupName),
  })
  /** A record that already has a group shows it first; "Create another" switches to picking. */
  const showExisting = ref(!!props.value.existingChatId)

  const canCreate = computed(() => !selection.reason.value && !flow.busy && !candidates.isLoading && !candidates.error)

  function create() {
    // Pressing Create (Enter in the name field) turns the reason it is disabled into an error.
    selection.touched.value = true
    if (!canCreate.value)
      return
    return flow.create({
      peopleList: selection.selected.value,
      name: selection.name.value.trim(),
      owner: props.value.owner,
    })
  }

  function createAnother() {
    showExisting.value = false
    flow.reset()
    selection.reset()
  }

  const statusKey = computed<MessageKey | null>(() => {
    switch (flow.phase) {
      case 'creating': return 'status.creating'
      case 'opening': return showExisting.value ? 'status.openingExisting' : 'status.opening'
      case 'done':
        if (flow.created?.opened)
          return 'status.opened'
        if (flow.openFailure)
          return 'status.createdOpenFailed'
        if (env.environment === 'wechat')
          return 'status.createdWeChat'
        if (env.environment === 'wecom')
          return 'status.createdUnsupported'
        return 'status.createdBrowser'
      default:
        if (showExisting.value && flow.existingOpened)
          return 'status.openedExisting'
        if (showExisting.value && !jssdk.canOpenChat)
          return env.environment === 'wechat' ? 'status.existsWeChat' : 'status.existsBrowser'
        return null
    }
  })

  const alert = computed(() => {
    const failure = flow.openFailure ?? (flow.phase === 'error' ? flow.error : null)
    return failure ? describeFailure(failure, t.value).message : null
  })

  const reasonText = computed(() => {
    const r = selection.reason.value
    return r ? t.value(r.key, r.params) : ''
  })

  return {
    props,
    t,
    env,
    flow,
    jssdk,
    candidates,
    selection,
    showExisting,
    canCreate,
    statusKey,
    alert,
    reasonText,
    owner: toRef(() => props.value.owner),
    create,
    createAnother,
  }
}
