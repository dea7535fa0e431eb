import type { AxiosStatic } from 'axios'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type ClientModule = typeof import('@/api/client')

/** A stand-in axios whose one instance answers every request with `{ code: 0, data }`. */
function fakeAxios(data: unknown) {
  const request = vi.fn(async () => ({ data: { code: 0, data } }))
  const axios = { create: vi.fn(() => ({ request })) } as unknown as AxiosStatic
  return { axios, request }
}

describe('axios, a chunk fetched after the first paint', () => {
  let client: ClientModule
  beforeEach(async () => {
    // Each test starts with no chunk fetched yet.
    vi.resetModules()
    client = await import('@/api/client')
  })
  afterEach(() => vi.useRealTimers())

  it('is fetched once however many ask before it arrives', async () => {
    const { axios } = fakeAxios(null)
    let arrive!: () => void
    const importer = vi.fn(() => new Promise<{ default: AxiosStatic }>(resolve => (arrive = () => resolve({ default: axios }))))
    const first = client.loadAxios(importer)
    const second = client.loadAxios(importer)
    arrive()
    expect(await first).toBe(axios)
    expect(await second).toBe(axios)
    expect(importer).toHaveBeenCalledTimes(1)
  })

  it('is tried again after a failed fetch', async () => {
    const { axios } = fakeAxios(null)
    await expect(client.loadAxios(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline')
    expect(await client.loadAxios(async () => ({ default: axios }))).toBe(axios)
  })

  it('is not fetched while mounting, only once the page is idle', async () => {
    vi.useFakeTimers()
    const preload = vi.fn()
    client.preloadAxiosWhenIdle(preload)
    await Promise.resolve()
    expect(preload).not.toHaveBeenCalled()
    await vi.runAllTimersAsync()
    expect(preload).toHaveBeenCalledTimes(1)
  })

  it('a click before it arrived awaits the same in-flight fetch: no second request for it', async () => {
    const { axios, request } = fakeAxios('chat-1')
    let arrive!: () => void
    const importer = vi.fn(() => new Promise<{ default: AxiosStatic }>(resolve => (arrive = () => resolve({ default: axios }))))
    // The idle preload has started and not finished…
    const inFlight = client.loadAxios(importer)
    const backend = client.createBackendClient({ settings: () => ({}), signal: new AbortController().signal })
    // …when the user creates: the request waits for that same fetch.
    const created = backend.createGroup({ requestId: 'r1', bizId: 'b', name: 'n', userIds: ['a'] } as never)
    await Promise.resolve()
    expect(request).not.toHaveBeenCalled()
    arrive()
    await inFlight
    expect(await created).toEqual({ chatId: 'chat-1', existing: false })
    expect(importer).toHaveBeenCalledTimes(1)
    expect(request).toHaveBeenCalledTimes(1)
  })
})
