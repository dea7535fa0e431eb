import type { Plugin } from 'vite'
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

const projectRoot = fileURLToPath(new URL('../..', import.meta.url))

/** The example host's page, used unchanged but for one script put in front of its own. */
export const HOST_PAGE = 'tests/e2e/host/index.html'
export const REFERENCE_PAGE = 'bench/pages/reference/index.html'

function hostPreamble(): Plugin {
  return {
    name: 'bench:host-preamble',
    transformIndexHtml: {
      order: 'pre',
      handler(html, { path }) {
        if (path !== `/${HOST_PAGE}`)
          return html
        const script = '<script type="module" src="/bench/pages/host-preamble.ts"></script>'
        const patched = html.replace(/<script type="module"/, `${script}\n    $&`)
        if (patched === html)
          throw new Error(`bench: no module script found in ${HOST_PAGE}`)
        return patched
      },
    },
  }
}

/**
 * The benchmark's pages, built once and served statically: the example host (with the timing
 * probe in front of its own script) and the reference page. Paths mirror the repository.
 */
export default defineConfig({
  root: projectRoot,
  publicDir: false,
  logLevel: 'warn',
  plugins: [hostPreamble()],
  // The host page's default module entry (tests/e2e/host/vite.config.ts); the bench always passes `entry`.
  define: { __E2E_MODULE_ENTRY__: JSON.stringify('') },
  build: {
    rollupOptions: { input: [HOST_PAGE, REFERENCE_PAGE].map(page => `${projectRoot}/${page}`) },
  },
})
