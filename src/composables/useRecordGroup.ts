import type { MessageKey } from '@/i18n'
import type { GroupChatFailure } from '@/failures/failure'
import { computed, onMounted, shallowRef, watch } from 'vue'
import { useInstance } from '@/runtime/context'
import { describeFailure, failureHeadline } from '@/failures/words'
import { useCandidatesStore } from '@/stores/candidates'
import { useFlowStore } from '@/stores/flow'
import { useJssdkStore } from '@/stores/jssdk'
import { useRecordGroupStore } from '@/stores/recordGroup'
import { MAX_MEMBERS } from './useSelection'

/** Sentences one after another: Chinese needs no space after its full stop. */
const joined = (...parts: string[]) => parts.filter(Boolean).reduce((a, b) => /[。！？）]$/u.test(a) ? a + b : `${a} ${b}`)

/** How many members the view names before "and N more". */
const SHOWN_MEMBERS = 12

/**
 * What the existing-group view says and offers: the group, its members and whether the user is in
 * it (with `endpoints.groupInfo`), join / add people (with `endpoints.addMembers`), and after a failed
 * jump what may be wrong. Without those calls it says only what it knows.
 */
export function useRecordGroup() {
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

  // Adding people: the same picker, the members ticked and locked, the cap counting them.
  const adding = shallowRef(false)
  const picked = shallowRef(new Set<string>())
  const memberSet = computed(() => new Set(info.value?.members ?? []))
  const room = computed(() => MAX_MEMBERS - memberSet.value.size)
  const addReason = computed(() => {
    if (picked.value.size > room.value)
      return t.value('record.addCap', { max: MAX_MEMBERS, count: memberSet.value.size, left: Math.max(0, room.value) })
    return picked.value.size ? '' : t.value('record.addNone')
  })
  function toggle(userId: string, on: boolean) {
    const next = new Set(picked.value)
    if (on && !memberSet.value.has(userId))
      next.add(userId)
    else
      next.delete(userId)
    picked.value = next
  }
  const startAdding = () => {
    picked.value = new Set()
    adding.value = true
  }
  async function confirmAdd() {
    if (addReason.value || group.task !== 'idle')
      return
    if (await group.addPeople([...picked.value]))
      adding.value = false
  }

  return {
    t,
    inWeCom,
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
    adding,
    picked,
    memberSet,
    addReason,
    /** How many more may still be ticked: select-all stops there. */
    roomLeft: computed(() => Math.max(0, room.value - picked.value.size)),
    toggle,
    startAdding,
    stopAdding: () => (adding.value = false),
    confirmAdd,
    people: computed(() => candidates.state),
  }
}
