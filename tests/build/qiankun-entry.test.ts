import { describe, expect, it, vi } from 'vitest'
import { entryLoader, inlineStylesheet, rewriteQiankunEntry } from '../../build/qiankun-entry'

const PLUGIN_OUTPUT = `<html><head><script crossorigin>import('./assets/index-abc.js').finally(() => {
  const qiankunLifeCycle = window.moudleQiankunAppLifeCycles && window.moudleQiankunAppLifeCycles['wgc'];
})</script></head><body><div data-wecom-group-chat></div><script>
  const createDeffer = (hookName) => {}
</script></body></html>`

describe('rewriteQiankunEntry', () => {
  it('replaces both plugin scripts with one loader that keeps the module URL relative', async () => {
    const html = await rewriteQiankunEntry(PLUGIN_OUTPUT, 'wgc')
    expect(html).toContain('"src":"./assets/index-abc.js"')
    expect(html).not.toContain('createDeffer')
    expect(html).not.toContain('moudleQiankunAppLifeCycles')
  })

  it('takes the module URL out of the dev-mode import, which prefixes window.proxy', async () => {
    const dev = PLUGIN_OUTPUT.replace(`import('./assets/index-abc.js')`, `import((window.proxy ? (window.proxy.__INJECTED_PUBLIC_PATH_BY_QIANKUN__ + '..') : '') + '/src/main.ts')`)
    expect(await rewriteQiankunEntry(dev, 'wgc')).toContain('"src":"/src/main.ts"')
  })

  it('fails the build on output it does not recognise', async () => {
    await expect(rewriteQiankunEntry('<script>import("x")</script>', 'wgc')).rejects.toThrow(/not recognised/)
  })

  it('inlines the stylesheet and drops its file', () => {
    const bundle = { 'assets/style-x.css': { type: 'asset', fileName: 'assets/style-x.css', source: '.a{color:red}' } }
    const html = inlineStylesheet('<head><link rel="stylesheet" crossorigin href="./assets/style-x.css"></head>', { bundle } as never)
    expect(html).toBe('<head><style>.a{color:red}</style></head>')
    expect(bundle).toEqual({})
  })
})

type Hooks = Record<string, (props?: unknown) => Promise<unknown>>

/**
 * Runs the loader as import-html-entry would: its `window` is the sandbox (or the real window).
 * Its `import()` is played by a stand-in (vitest's VM has none in `new Function`) that registers
 * `module`'s hooks under the URL asked for, as src/main.ts does, and records the URLs.
 */
async function runLoader(sandbox: Record<string | symbol, unknown>, module?: { qiankun?: Hooks, start?: () => void }, src = './assets/index-abc.js', locales: Record<string, string> = {}): Promise<{ added: string[], imported: string[] }> {
  const before = new Set(Object.keys(sandbox))
  const imported: string[] = []
  const fakeImport = async (url: string) => {
    imported.push(url)
    if (module && !url.includes('/i18n-'))
      sandbox[Symbol.for('wgc')] = new Map([[url, module]])
  }
  const code = (await entryLoader(src, 'wgc', locales)).replace(/\bimport\(/g, '__import(')
  new Function('window', '__import', code)(sandbox, fakeImport)
  return { added: Object.keys(sandbox).filter(k => !before.has(k)), imported }
}

describe('the entry loader under qiankun', () => {
  it('adds a fresh lifecycle key on every load, whatever the previous loads left', async () => {
    const sandbox: Record<string, unknown> = { __POWERED_BY_QIANKUN__: true, __INJECTED_PUBLIC_PATH_BY_QIANKUN__: 'http://cdn.test/a/' }
    const { added: first, imported } = await runLoader(sandbox)
    const { added: second } = await runLoader(sandbox)
    // The module is resolved against the entry's directory that qiankun injected.
    expect(imported).toEqual(['http://cdn.test/a/assets/index-abc.js'])
    expect(first).toHaveLength(1)
    expect(second).toHaveLength(1)
    expect(first[0]).not.toBe(second[0])
    expect(first[0]).toMatch(/^wgc:/)
  })

  it('hands qiankun the module\'s lifecycles, and deletes its key again on unmount', async () => {
    const calls: string[] = []
    const qiankun: Hooks = Object.fromEntries(['bootstrap', 'mount', 'update', 'unmount'].map(h => [h, async () => {
      calls.push(h)
    }]))
    const sandbox: Record<string, unknown> = { __POWERED_BY_QIANKUN__: true, __INJECTED_PUBLIC_PATH_BY_QIANKUN__: 'http://cdn.test/' }
    const { added: [key] } = await runLoader(sandbox, { qiankun })
    const lifecycles = sandbox[key!] as Hooks
    await lifecycles.bootstrap!()
    await lifecycles.mount!({})
    await lifecycles.update!({})
    expect(key! in sandbox).toBe(true)
    await lifecycles.unmount!({})
    expect(calls).toEqual(['bootstrap', 'mount', 'update', 'unmount'])
    expect(key! in sandbox).toBe(false)
  })

  it('rejects the lifecycles with the real error when the module registers nothing', async () => {
    const sandbox: Record<string, unknown> = { __POWERED_BY_QIANKUN__: true }
    const { added: [key] } = await runLoader(sandbox)
    await expect((sandbox[key!] as { mount: (p: unknown) => Promise<unknown> }).mount({})).rejects.toThrow(/registered no lifecycles/)
  })

})

describe('the entry loader anywhere else', () => {
  it('adds no global, imports against the document (standalone) and starts the module', async () => {
    let started = 0
    const { added, imported } = await runLoader({}, { start: () => started++ })
    expect(added).toEqual([])
    expect(imported).toEqual([new URL('./assets/index-abc.js', document.baseURI).href])
    await vi.waitFor(() => expect(started).toBe(1))
  })

  it('imports against wujie\'s app URL and micro-app\'s public path', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect((await runLoader({ __WUJIE: { url: 'http://cdn.test/w/' } })).imported).toEqual(['http://cdn.test/w/assets/index-abc.js'])
    expect((await runLoader({ __MICRO_APP_PUBLIC_PATH__: 'http://cdn.test/m/' })).imported).toEqual(['http://cdn.test/m/assets/index-abc.js'])
    // Nothing registered there: a console error, not an unhandled rejection.
    await vi.waitFor(() => expect(error).toHaveBeenCalledTimes(2))
  })

  it('keeps an absolute module URL (a build with --base) as it is', async () => {
    expect((await runLoader({ __POWERED_BY_QIANKUN__: true, __INJECTED_PUBLIC_PATH_BY_QIANKUN__: 'http://elsewhere/' }, undefined, 'https://cdn.test/x/assets/i.js')).imported)
      .toEqual(['https://cdn.test/x/assets/i.js'])
  })
})

describe('the language chunk beside the module', () => {
  // Relative to the module, as the module imports them.
  const LOCALES = { 'zh-CN': './i18n-zh.js', 'en-US': './i18n-en.js' }

  it('under qiankun, fetches the language bootstrap asks for, before the module arrived, once', async () => {
    const sandbox: Record<string, unknown> = { __POWERED_BY_QIANKUN__: true, __INJECTED_PUBLIC_PATH_BY_QIANKUN__: 'http://cdn.test/a/' }
    const { added: [key], imported } = await runLoader(sandbox, undefined, undefined, LOCALES)
    expect(imported).toEqual(['http://cdn.test/a/assets/index-abc.js'])
    const lifecycles = sandbox[key!] as Hooks
    void lifecycles.bootstrap!({ locale: 'en-US' }).catch(() => {})
    expect(imported).toEqual(['http://cdn.test/a/assets/index-abc.js', 'http://cdn.test/a/assets/i18n-en.js'])
    void lifecycles.mount!({ locale: 'en-US' }).catch(() => {})
    expect(imported).toHaveLength(2)
  })

  it('fetches the default language when the host asks for none or an unknown one, and survives a throwing getter', async () => {
    const sandbox: Record<string, unknown> = { __POWERED_BY_QIANKUN__: true, __INJECTED_PUBLIC_PATH_BY_QIANKUN__: 'http://cdn.test/a/' }
    const { added: [key], imported } = await runLoader(sandbox, undefined, undefined, LOCALES)
    const props = Object.defineProperty({}, 'locale', { get: () => { throw new Error('getter') } })
    void (sandbox[key!] as Hooks).bootstrap!(props).catch(() => {})
    expect(imported.at(-1)).toBe('http://cdn.test/a/assets/i18n-zh.js')
  })

  it('in wujie, reads the props wujie already holds', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { imported } = await runLoader({ __WUJIE: { url: 'http://cdn.test/w/' }, $wujie: { props: { locale: 'en-US' } } }, undefined, undefined, LOCALES)
    expect(imported).toContain('http://cdn.test/w/assets/i18n-en.js')
  })

  it('resolves the chunk against the module, so a build with an absolute --base asks for the URL the module will', async () => {
    const sandbox: Record<string, unknown> = { __POWERED_BY_QIANKUN__: true, __INJECTED_PUBLIC_PATH_BY_QIANKUN__: 'http://elsewhere/' }
    const { added: [key], imported } = await runLoader(sandbox, undefined, 'https://cdn.test/x/assets/i.js', LOCALES)
    void (sandbox[key!] as Hooks).bootstrap!({ locale: 'en-US' }).catch(() => {})
    expect(imported).toEqual(['https://cdn.test/x/assets/i.js', 'https://cdn.test/x/assets/i18n-en.js'])
  })
})
