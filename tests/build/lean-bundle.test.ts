import type { Plugin, Rollup } from 'vite'
import { join } from 'node:path'
import { build } from 'vite'
import { describe, expect, it } from 'vitest'
import { noPreloadHelper, piniaWithoutFileSaver } from '../../build/lean-bundle'

/** A store, bundled for production as the app is: what is left of pinia's file saver. */
async function bundle(plugins: Plugin[]): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    mode: 'production',
    plugins,
    define: { __VUE_PROD_DEVTOOLS__: 'false', __VUE_OPTIONS_API__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
    build: { write: false, modulePreload: false, cssCodeSplit: false, minify: false, rolldownOptions: { input: join(__dirname, 'fixtures/lean-entry.ts') } },
  }) as Rollup.RollupOutput[] | Rollup.RollupOutput
  const output = (Array.isArray(out) ? out[0]! : out).output
  return output.filter(chunk => chunk.type === 'chunk').map(chunk => chunk.code).join('\n')
}

describe('lean bundle', () => {
  it('leaves pinia\'s file saver out, and pinia in', { timeout: 60_000 }, async () => {
    const plain = await bundle([])
    // Without the plugin it is there: the check below can fail.
    expect(plain).toContain('could not download file')
    const lean = await bundle([piniaWithoutFileSaver()])
    expect(lean).not.toContain('could not download file')
    expect(lean).toMatch(/defineStore|_s\.set/)
  })

  it('says so at build time when pinia\'s line changes', () => {
    const plugin = piniaWithoutFileSaver()
    const transform = plugin.transform as (this: unknown, code: string, id: string) => unknown
    const context = { error: (message: string) => { throw new Error(message) } }
    expect(() => transform.call(context, 'const saver = 1;', '/x/node_modules/pinia/dist/pinia.js')).toThrow(/saveAs/)
    expect(transform.call(context, 'const saveAs = 1;', '/x/node_modules/other/dist/pinia.js')).toBeNull()
  })
})

describe('no preload helper', () => {
  it('stands in for Vite\'s helper with one that only runs the import', async () => {
    const transform = noPreloadHelper().transform as (code: string, id: string) => { code: string } | null
    expect(transform('whatever', 'src/main.ts')).toBeNull()
    const { code } = transform('export const __vitePreload = function preload() {}', '\0vite/preload-helper.js')!
    const preload = new Function(`${code.replace('export const', 'const')}; return __vitePreload`)() as (load: () => unknown, deps: string[]) => unknown
    expect(preload(() => 'module', [])).toBe('module')
    expect(code).not.toMatch(/preloadError|document/)
  })
})
