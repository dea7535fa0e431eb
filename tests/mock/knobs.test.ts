import { describe, expect, it, vi } from 'vitest'
import { parseKnobs } from '../../mock/knobs'

describe('parseKnobs: a mistyped knob', () => {
  it('logs one warning naming every ignored rule and listing the valid ones', () => {
    const warn = vi.fn()
    const knobs = parseKnobs('?mockFail=create:typo,agent:badticket,crate:500', warn)
    expect(knobs.fail).toEqual([{ call: 'agent', mode: { kind: 'badticket' } }])
    expect(warn).toHaveBeenCalledOnce()
    const [message] = warn.mock.calls[0] as [string]
    expect(message).toContain('"create:typo"')
    expect(message).toContain('"crate:500"')
    for (const valid of ['config', 'agent', 'create', 'timeout', 'malformed', 'badticket', '-after', 'x<times>'])
      expect(message).toContain(valid)
  })

  it('says nothing when every rule parses, or there is none', () => {
    const warn = vi.fn()
    parseKnobs('?mockFail=create:500x1,agent:badticket&mockLatency=300', warn)
    parseKnobs('', warn)
    parseKnobs('?mockFail=', warn)
    expect(warn).not.toHaveBeenCalled()
  })

  it('warns on the console by default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    parseKnobs('?mockFail=create:typo')
    expect(warn).toHaveBeenCalledOnce()
  })
})
