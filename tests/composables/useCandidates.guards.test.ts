import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { useCandidates } from '@/composables/useCandidates'
import { createStoreWorld } from '../helpers/instance'

const PEOPLE = [{ userId: 'zhangsan', name: '张三' }, { userId: 'lisi', name: '李四' }]
const OTHERS = [{ userId: 'wangwu', name: '王五' }, { userId: 'zhaoliu', name: '赵六' }]
const scopes: ReturnType<typeof effectScope>[] = []

/** useCandidates over a host's props, as the dialog uses it. */
function candidates(props: Record<string, unknown>) {
  const world = createStoreWorld(props)
  const scope = effectScope()
  scopes.push(scope)
  const result = scope.run(() => useCandidates(world.context))!
  return { ...world, ...result, ids: () => result.state.value.map(c => c.userId) }
}

afterEach(() => {
  scopes.splice(0).forEach(s => s.stop())
})

describe('useCandidates', () => {
  it('takes up a host update with other people of the same count, or the same people with new details', async () => {
    const { ids, state, update } = candidates({ candidates: PEOPLE })
    expect(ids()).toEqual(['zhangsan', 'lisi'])
    update({ candidates: OTHERS })
    await vi.waitFor(() => expect(ids()).toEqual(['wangwu', 'zhaoliu']))
    update({ candidates: [OTHERS[0], { ...OTHERS[1], department: '研发中心' }] })
    await vi.waitFor(() => expect(state.value[1]?.department).toBe('研发中心'))
  })

  it('a loader that never settles ends after timeoutMs: not loading, an error, onError told', async () => {
    const { isLoading, error, report } = candidates({ candidates: () => new Promise(() => {}), timeoutMs: 30 })
    expect(isLoading.value).toBe(true)
    await vi.waitFor(() => expect(isLoading.value).toBe(false))
    expect(error.value).toMatchObject({ code: 'timeout', key: 'error.loader' })
    expect(report.error).toHaveBeenCalledWith(error.value)
  })

  it('duplicates in a loader\'s answer are collapsed and reach onError', async () => {
    const { ids, error, report } = candidates({ candidates: async () => [...PEOPLE, { userId: 'lisi', name: '李四(2)' }] })
    await vi.waitFor(() => expect(ids()).toEqual(['zhangsan', 'lisi']))
    expect(error.value).toBeNull()
    expect(report.error.mock.calls.map(([failure]) => failure)).toMatchObject([{ key: 'error.invalidProps.duplicate', params: { userId: 'lisi' } }])
  })
})
