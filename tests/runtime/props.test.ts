import { describe, expect, it } from 'vitest'
import { checkProps } from '@/runtime/props'

const people = [{ userId: 'zhangsan', name: '张三' }, { userId: 'lisi', name: '李四' }]

describe('props are checked where they enter', () => {
  it('accepts a valid set and fills defaults', () => {
    const { props, problems, fatal } = checkProps({ bizId: 'R1', candidates: people })
    expect(problems).toEqual([])
    expect(fatal).toBe(false)
    expect(props).toMatchObject({ bizId: 'R1', locale: 'zh-CN', defaultSelected: [], defaultGroupName: '' })
  })

  it.each([
    ['no bizId', { candidates: people }, 'error.invalidProps.bizId'],
    ['a blank bizId', { bizId: '  ', candidates: people }, 'error.invalidProps.bizId'],
    ['candidates that are not an array', { bizId: 'R1', candidates: 'everyone' }, 'error.invalidProps.candidates'],
    ['a candidate without userId', { bizId: 'R1', candidates: [{ name: 'x' }] }, 'error.invalidProps.candidate'],
  ])('%s is fatal: one invalid-props problem', (_, raw, key) => {
    const { problems, fatal } = checkProps(raw)
    expect(fatal).toBe(true)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'invalid-props', key })
  })

  it('collapses duplicate userIds, reports them once, and keeps the rest usable', () => {
    const { props, problems, fatal } = checkProps({ bizId: 'R1', candidates: [...people, { userId: 'lisi', name: '李四(2)' }] })
    expect(fatal).toBe(false)
    expect(props.candidates).toHaveLength(2)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ code: 'invalid-props', key: 'error.invalidProps.duplicate', params: { userId: 'lisi' } })
  })

  it('falls back to zh-CN for an unknown locale and says so', () => {
    const { props, problems, fatal } = checkProps({ bizId: 'R1', candidates: people, locale: 'fr-FR' })
    expect(fatal).toBe(false)
    expect(props.locale).toBe('zh-CN')
    expect(problems[0]).toMatchObject({ code: 'invalid-props', key: 'error.invalidProps.locale' })
  })

  it('survives props whose getters throw', () => {
    const raw = { bizId: 'R1', get candidates(): never { throw new Error('host bug') } }
    const { fatal, problems } = checkProps(raw)
    expect(fatal).toBe(true)
    expect(problems[0]?.key).toBe('error.invalidProps.candidates')
  })

  it('keeps a loader for later and ignores props of the wrong type', () => {
    const loader = async () => people
    const { props } = checkProps({ bizId: 'R1', candidates: loader, open: 'yes', onCreated: 42, agentId: 1000002 })
    expect(props.candidates).toBe(loader)
    expect(props.open).toBeUndefined()
    expect(props.onCreated).toBeUndefined()
    expect(props.agentId).toBe('1000002')
  })

  it('takes only a timeoutMs above zero: 0 or less falls back to the default wait', () => {
    for (const timeoutMs of [0, -1, Number.NaN, Infinity, -Infinity, '5000', null])
      expect(checkProps({ bizId: 'R1', candidates: people, timeoutMs }).props.timeoutMs).toBeUndefined()
    expect(checkProps({ bizId: 'R1', candidates: people, timeoutMs: 1 }).props.timeoutMs).toBe(1)
  })

  it('shows a person with an empty name by their userId', () => {
    const { props } = checkProps({ bizId: 'R1', candidates: [{ userId: 'wangwu', name: '' }] })
    expect(props.candidates).toEqual([{ userId: 'wangwu', name: 'wangwu' }])
  })
})
