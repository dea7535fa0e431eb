import { describe, expect, it, vi } from 'vitest'
import { sleep, withDeadline, withTimeout } from '@/runtime/deadline'

describe('withDeadline: the one timeout', () => {
  it('removes its abort listener from the instance\'s signal once settled, whichever way', async () => {
    const lifetime = new AbortController()
    const add = vi.spyOn(lifetime.signal, 'addEventListener')
    const remove = vi.spyOn(lifetime.signal, 'removeEventListener')
    await withTimeout(Promise.resolve(1), 1_000, () => new Error('late'), lifetime.signal)
    await expect(withTimeout(new Promise(() => {}), 5, () => new Error('late'), lifetime.signal)).rejects.toThrow('late')
    await expect(withTimeout(Promise.reject(new Error('no')), 1_000, () => new Error('late'), lifetime.signal)).rejects.toThrow('no')
    await sleep(1, lifetime.signal)
    expect(add).toHaveBeenCalledTimes(4)
    expect(remove.mock.calls).toEqual(add.mock.calls.map(([type, listener]) => [type, listener]))
  })

  it('an abort ends the wait at once with an aborted failure, and the task sees its signal abort', async () => {
    const lifetime = new AbortController()
    let taskSignal: AbortSignal | undefined
    const waiting = withDeadline((signal) => {
      taskSignal = signal
      return new Promise(() => {})
    }, { ms: 60_000, onTimeout: () => new Error('late'), signal: lifetime.signal })
    await vi.waitFor(() => expect(taskSignal).toBeDefined())
    lifetime.abort()
    await expect(waiting).rejects.toMatchObject({ aborted: true })
    expect(taskSignal?.aborted).toBe(true)
  })

  it('an instance already gone never starts the task, and no timer is left', async () => {
    const task = vi.fn()
    const timers = vi.spyOn(globalThis, 'setTimeout')
    await expect(withDeadline(task, { ms: 60_000, onTimeout: () => new Error('late'), signal: AbortSignal.abort() })).rejects.toMatchObject({ aborted: true })
    expect(task).not.toHaveBeenCalled()
    expect(timers).not.toHaveBeenCalledWith(expect.anything(), 60_000)
    timers.mockRestore()
  })
})
