import type { GroupCreated } from '@/contract'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { GroupChatFailure } from '@/failures/failure'
import { loadLocale, translate } from '@/i18n'
import { createReporter } from '@/runtime/report'

const GROUP: GroupCreated = { chatId: 'wrA', bizId: 'R', peopleList: ['a', 'b'], name: '', opened: false, environment: 'browser' }
const t = () => (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en-US', key, params)

function reporter(callbacks: Record<string, unknown> = {}) {
  const host = { onCreated: vi.fn(), onError: vi.fn(), onClose: vi.fn(), onAuthExpired: vi.fn(), ...callbacks }
  return { host, report: createReporter(() => host as never, t) }
}

beforeAll(() => loadLocale('en-US'))

describe('the reporter: everything the host hears', () => {
  it('tells of a group once, whatever follows', () => {
    const { host, report } = reporter()
    report.created(GROUP)
    report.created({ ...GROUP, opened: true })
    expect(host.onCreated).toHaveBeenCalledOnce()
    expect(host.onCreated).toHaveBeenCalledWith(GROUP)
    report.created({ ...GROUP, chatId: 'wrB' })
    expect(host.onCreated).toHaveBeenCalledTimes(2)
  })

  it('tells of each failure once, in words, and never of an aborted one', () => {
    const { host, report } = reporter()
    const failure = new GroupChatFailure('open-chat', 'error.openChat', { reason: 'no' }, { chatId: 'wrA' })
    report.error(failure)
    report.error(failure)
    report.error(new GroupChatFailure('network', 'error.network', {}, { aborted: true }))
    expect(host.onError).toHaveBeenCalledOnce()
    expect(host.onError).toHaveBeenCalledWith({ code: 'open-chat', chatId: 'wrA', message: expect.stringContaining('The group chat could not be opened. Try again in a moment.') })
  })

  it('reports a prop problem once while it lasts, and again when it comes back', () => {
    const { host, report } = reporter()
    const missing = () => new GroupChatFailure('invalid-props', 'error.invalidProps.bizId')
    report.problems([missing()])
    report.problems([missing()])
    expect(host.onError).toHaveBeenCalledOnce()
    report.problems([])
    report.problems([missing()])
    expect(host.onError).toHaveBeenCalledTimes(2)
  })

  it('a throwing or rejecting host callback never breaks the module', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    const { report } = reporter({
      onCreated: () => { throw new Error('host bug') },
      onError: async () => { throw new Error('async host bug') },
      onClose: 'not a function',
    })
    expect(() => report.created(GROUP)).not.toThrow()
    expect(() => report.error(new GroupChatFailure('network', 'error.network'))).not.toThrow()
    expect(() => report.closed()).not.toThrow()
    await new Promise(r => setTimeout(r, 10))
    process.off('unhandledRejection', unhandled)
    expect(unhandled).not.toHaveBeenCalled()
  })

  it('reads the callbacks at each call, so update(props) and a report after unmount reach the latest', () => {
    let host = { onAuthExpired: vi.fn() }
    const report = createReporter(() => host as never, t)
    const first = host.onAuthExpired
    host = { onAuthExpired: vi.fn() }
    report.authExpired()
    expect(first).not.toHaveBeenCalled()
    expect(host.onAuthExpired).toHaveBeenCalledOnce()
  })
})
