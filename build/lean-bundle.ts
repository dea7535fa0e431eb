import type { Plugin } from 'vite'

const PRELOAD_HELPER = '\0vite/preload-helper.js'

/**
 * Vite wraps every dynamic import in a preload helper (about 0.7 kB gzip in the main chunk) that
 * fetches the chunk's CSS and imports beside it. Here it has nothing to do: the CSS is one
 * stylesheet in index.html (`cssCodeSplit: false`) and module preload is off, so every call is
 * `helper(() => import(x), [])`. The stand-in just runs the import; a failed import rejects as it
 * would without the helper, and no `vite:preloadError` event lands on the host's window.
 */
export function noPreloadHelper(): Plugin {
  return {
    name: 'wgc:no-preload-helper',
    apply: 'build',
    enforce: 'post',
    transform(_code, id) {
      if (id === PRELOAD_HELPER)
        return { code: 'export const __vitePreload = load => load()', map: null }
      return null
    },
  }
}

/**
 * pinia's devtools carry a "save state as a file" helper whose top-level choice of a download
 * method (`"download" in HTMLAnchorElement.prototype`…) the bundler cannot prove free of side
 * effects, so about 2.3 kB of it stay in the main chunk although the devtools code that calls it
 * is dropped (`__VUE_PROD_DEVTOOLS__` is false). Marking that one expression pure lets it go.
 * If pinia changes the line, the build says so rather than silently growing.
 */
export function piniaWithoutFileSaver(): Plugin {
  const line = /^const saveAs = (.+);$/m
  return {
    name: 'wgc:pinia-without-file-saver',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]pinia[\\/]dist[\\/]pinia\.js$/.test(id))
        return null
      if (!line.test(code))
        this.error('pinia no longer has the `const saveAs = …;` line: check build/lean-bundle.ts')
      return { code: code.replace(line, 'const saveAs = /*#__PURE__*/ (() => $1)();'), map: null }
    },
  }
}
