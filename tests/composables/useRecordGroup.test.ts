import { describe, expect, it, vi } from 'vitest'
import { useRecordGroup } from '@/composables/useRecordGroup'
import { GroupChatFailure } from '@/failures/failure'
import { loadLocale } from '@/i18n'
import { createStoreWorld } from '../helpers/instance'

const ENDPOINTS = { groupInfo: '/g/{chatId}', addMembers: '/g/{chatId}/members' }

/** The existing-group view's words for a failed step on the record's group, from the backend's facts alone. */
async function alertAfter(step: 'join' | 'add', failure: GroupChatFailure): Promise<string> {
  await loadLocale('en-US')
  const w = createStoreWorld({ existingChatId: 'wrA', endpoints: ENDPOINTS })
  w.api.groupInfo.mockResolvedValue({ chatId: 'wrA', name: 'Deal 42', owner: 'zhangsan', members: ['zhangsan', 'lisi'], isMember: step === 'add' })
  w.api.addMembers.mockRejectedValueOnce(failure)
  const view = w.use(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}) // onMounted outside a component: Vue's warning only
    return useRecordGroup()
  })
  const { useRecordGroupStore } = await import('@/stores/recordGroup')
  const group = w.use(useRecordGroupStore)
  await group.load()
  if (step === 'join')
    await view.join()
  else
    await group.addPeople(['wangwu'])
  return view.alert.value
}

describe('the record\'s group in words', () => {
  it('a join that timed out says so, asks for a plain retry and promises it cannot add anyone twice', async () => {
    const text = await alertAfter('join', new GroupChatFailure('timeout', 'error.timeout', {}, { outcomeUnknown: true, retrySafe: true, requestId: 'r-1' }))
    expect(text).toBe('Could not join the group chat. The server took too long to answer. Try again in a moment. You may already be in the group: a retry will not add you twice. (Request r-1)')
  })

  it('a refused add quotes the code once, in the dialog\'s one format', async () => {
    const text = await alertAfter('add', new GroupChatFailure('backend', 'wecom.86006', { code: 86006 }, { requestId: 'r-2', backendMessage: 'too many' }))
    expect(text).toMatch(/^Could not add the people\. A group needs between 2 and 2000 members\..* \(Error code 86006\)$/)
    expect(text.match(/86006/g)).toHaveLength(1)
  })
})
