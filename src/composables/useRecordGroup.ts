import type { ComputedRef, Ref } from 'vue'
import type { UseAddPeopleReturn } from './useAddPeople'
import type { MessageKey, Translate } from '@/i18n'
import type { IndexedCandidate } from '@/search/match'
import type { GroupChatFailure } from '@/failures/failure'
import { computed, onMounted, watch } from 'vue'
import { useInstance } from '@/runtime/context'
import { describeFailure, failureHeadline } from '@/failures/words'
import { registerMessages } from '@/i18n'
import { recordMessages } from '@/i18n/record'
import { useCandidatesStore } from '@/stores/candidates'
import { useFlowStore } from '@/stores/flow'
import { useJssdkStore } from '@/stores/jssdk'
import { useRecordGroupStore } from '@/stores/recordGroup'
import { useAddPeople } from './useAddPeople'

// This view's texts come with it, in its own chunk: the language files every page loads stay small.
registerMessages(recordMessages)

/** Sentences one after another: Chinese needs no space after its full stop. */
const joined = (...parts: string[]) => parts.filter(Boolean).reduce((a, b) => /[。！？）]$/u.test(a) ? a + b : `${a} ${b}`)

/** How many members the view names before "and N more". */
const SHOWN_MEMBERS = 12

/**
 * What the existing-group view says and offers: the group, its members and whether the user is in
 * it (with `endpoints.groupInfo`), join / add people (with `endpoints.addMembers`), and after a failed
 * jump what may be wrong. Without those calls it says only what it knows.
 */
/** What the record's group view needs: the group in words, joining, and adding people (useAddPeople). */
export interface UseRecordGroupReturn extends UseAddPeopleReturn {
  t: Readonly<Ref<Translate>>
  /** The backend answered with the group's details. */
  answered: ComputedRef<boolean>
  title: ComputedRef<string>
  members: ComputedRef<{ shown: string[], more: number, count: number }>
  you: ComputedRef<MessageKey | null>
  where: ComputedRef<string>
  canJoin: ComputedRef<boolean>
  canAddPeople: ComputedRef<boolean>
  progress: ComputedRef<MessageKey | null>
  done: ComputedRef<string>
  /** The failed step's words, or ''. */
  alert: ComputedRef<string>
  busy: ComputedRef<boolean>
  join: () => Promise<boolean>
  people: ComputedRef<readonly IndexedCandidate[]>
}

export function useRecordGroup(): UseRecordGroupReturn {
  const { t, env } = useInstance()
  const flow = useFlowStore()
  const jssdk = useJssdkStore()
  const group = useRecordGroupStore()
  const candidates = useCandidatesStore()
  const inWeCom = jssdk.canOpenChat

  onMounted(() => void group.load())
  watch(() => group.chatId, () => void group.load())

  const names = computed(() => new Map(candidates.state.map(c => [c.userId, c.name])))
  const nameOf = (userId: string) => names.value.get(userId) ?? userId
  const info = computed(() => group.info)
  const answered = computed(() => flow.state.kind === 'existing' && Boolean(flow.state.group))
  const jumpFailed = computed(() => flow.state.kind === 'existing' && flow.state.jump === 'failed')

  const title = computed(() => info.value?.name || t.value('record.name'))
  const members = computed(() => {
    const list = info.value?.members ?? []
    return { shown: list.slice(0, SHOWN_MEMBERS).map(nameOf), more: Math.max(0, list.length - SHOWN_MEMBERS), count: list.length }
  })
  const isMember = computed(() => info.value?.isMember)
  const you = computed<MessageKey | null>(() => isMember.value === undefined ? null : isMember.value ? 'record.youIn' : 'record.youOut')

  /** Where to find it, in a browser (inside WeCom the jump is the way). */
  const where = computed(() => {
    if (inWeCom || env.environment === 'wechat')
      return ''
    if (isMember.value === true)
      return t.value('record.whereIn', { name: title.value })
    if (isMember.value === false)
      return t.value(group.canAdd ? 'record.whereOut' : 'record.whereOutNoJoin')
    return t.value('record.unknown')
  })

  const canJoin = computed(() => group.canAdd && (isMember.value === false || (isMember.value === undefined && jumpFailed.value)))
  const canAddPeople = computed(() => group.canAdd && isMember.value === true)

  const progress = computed<MessageKey | null>(() => {
    switch (group.task) {
      case 'loading': return 'record.loading'
      case 'joining': return 'record.joining'
      case 'adding': return 'record.adding'
    }
    return null
  })
  const done = computed(() => {
    const d = group.done
    if (!d)
      return ''
    return d.self ? t.value('record.joined') : t.value('record.added', { count: d.added.length })
  })

  /** The step's headline, then the failure's own words (failures/words.ts): next step, backend's words, code. */
  function say(failure: GroupChatFailure): string {
    const headline = failureHeadline(failure.action)
    return joined(headline ? t.value(headline) : '', describeFailure(failure, t.value).message)
  }
  const alert = computed(() => {
    const s = flow.state
    if (s.kind === 'existing' && s.jump === 'failed') {
      const next = t.value(group.canAdd && isMember.value !== true ? 'record.openFailedJoin' : 'record.openFailedNoJoin')
      return joined(t.value('record.openFailed'), next)
    }
    const f = group.failure
    if (!f)
      return ''
    return say(f.failure)
  })

  return {
    ...useAddPeople(computed(() => info.value?.members ?? [])),
    t,
    answered,
    title,
    members,
    you,
    where,
    canJoin,
    canAddPeople,
    progress,
    done,
    alert,
    busy: computed(() => group.task !== 'idle' || flow.busy),
    join: () => group.join(),
    people: computed(() => candidates.state),
  }
}
