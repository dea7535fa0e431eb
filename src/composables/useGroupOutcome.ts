import type { ComputedRef } from 'vue'
import type { MessageKey } from '@/i18n'
import { computed } from 'vue'
import { useInstance } from '@/runtime/context'
import { useFlowStore } from '@/stores/flow'
import { useJssdkStore } from '@/stores/jssdk'

/** What the dialog shows: the picker (picking, creating, a failed create) or an outcome. */
export type DialogView = 'picking' | 'created' | 'existing'

/** The outcome said in words: the group's name, its size, who is in it, and where to find it. */
export interface OutcomeWords {
  name: string
  members: string
  who: string
  hint: string | null
}

/** The dialog's outcome part: which view, its title, the outcome in words and its one primary action. */
export interface UseGroupOutcomeReturn {
  view: ComputedRef<DialogView>
  titleKey: ComputedRef<MessageKey>
  outcome: ComputedRef<OutcomeWords | null>
  primary: ComputedRef<'open' | 'done'>
  jump: () => Promise<void>
}

/** How many members the outcome names before "and N more". */
const SHOWN = 12

/** The outcome of the flow (a created or an existing group), apart from the picking state. */
export function useGroupOutcome(displayName: (userId: string) => string): UseGroupOutcomeReturn {
  const { t, env } = useInstance()
  const flow = useFlowStore()
  const jssdk = useJssdkStore()

  const view = computed<DialogView>(() => {
    const kind = flow.state.kind
    return kind === 'created' || kind === 'existing' ? kind : 'picking'
  })
  const titleKey = computed<MessageKey>(() =>
    view.value === 'created' ? 'dialog.titleCreated' : view.value === 'existing' ? 'dialog.titleExisting' : 'dialog.title')

  /**
   * The outcome, said: the created group's name (or that WeCom names it), its size and where to find
   * it; for an existing group a headline where the status does not already say it all.
   */
  const outcome = computed<OutcomeWords | null>(() => {
    const s = flow.state
    if (s.kind === 'existing')
      return { name: jssdk.canOpenChat ? t.value('outcome.existing') : '', members: '', who: '', hint: null }
    if (s.kind !== 'created')
      return null
    // Who is in it, by name: the first dozen, then how many more.
    const list = s.group.peopleList
    const names = list.slice(0, SHOWN).map(displayName).join(t.value('outcome.separator'))
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

  return { view, titleKey, outcome, primary, jump: () => flow.jump() }
}
