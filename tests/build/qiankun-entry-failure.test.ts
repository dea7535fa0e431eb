import { afterEach, describe, expect, it } from 'vitest'
import { entryLoader } from '../../build/qiankun-entry'

type Hooks = Record<'bootstrap' | 'mount' | 'unmount', (props?: unknown) => Promise<unknown>>

const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => void unhandled.push(reason)
afterEach(() => {
  process.off('unhandledRejection', onUnhandled)
  unhandled.length = 0
})

/** Two turns of the event loop: long enough for Node to report a rejection nobody handled. */
const settle = () => new Promise(resolve => setTimeout(resolve, 10)).then(() => new Promise(resolve => setTimeout(resolve, 10)))

describe('the entry loader when the module cannot be loaded (a 404, a lost CDN file)', () => {
  it('no unhandled rejection in the host page, and qiankun\'s hooks reject with the real error', async () => {
    process.on('unhandledRejection', onUnhandled)
    const sandbox: Record<string, unknown> = { __POWERED_BY_QIANKUN__: true, __INJECTED_PUBLIC_PATH_BY_QIANKUN__: 'http://cdn.test/' }
    const failingImport = (url: string) => Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${url}`))
    // The loader as the page runs it; its import() is played by a stand-in (none exists inside new Function here).
    const code = (await entryLoader('./assets/index-abc.js', 'wgc')).replace(/\bimport\(/g, '__import(')
    new Function('window', '__import', code)(sandbox, failingImport)
    // The load fails before qiankun calls any hook: nobody is listening yet.
    await settle()
    expect(unhandled).toEqual([])
    const hooks = Object.values(sandbox).find(v => v && typeof v === 'object' && 'mount' in v) as Hooks
    await expect(hooks.bootstrap()).rejects.toThrow('Failed to fetch dynamically imported module: http://cdn.test/assets/index-abc.js')
    await expect(hooks.mount({})).rejects.toThrow(/Failed to fetch/)
  })
})
