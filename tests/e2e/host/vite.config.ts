import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import { mockServiceWorker } from '../../../build/mock-service-worker.ts'
import { brokenEntries } from './broken-entries.ts'

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * The example host portal's own Vite project (a separate root from the module's):
 * `npx vite --config tests/e2e/host/vite.config.ts --port <port> --strictPort --host 127.0.0.1`.
 * It is a plain TypeScript page, so it needs no framework plugin. Its default module entry is the
 * built module on `E2E_APP_PORT` (playwright.config.ts sets it; 4601, `npm run preview`, by hand).
 */
const moduleEntry = `http://127.0.0.1:${process.env.E2E_APP_PORT ?? 4601}/`

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Its own dependency cache, so it never fights the module's dev server over node_modules/.vite.
  cacheDir: fileURLToPath(new URL('../../../node_modules/.vite-e2e-host', import.meta.url)),
  clearScreen: false,
  define: {
    __E2E_MODULE_ENTRY__: JSON.stringify(moduleEntry),
  },
  plugins: [
    // MSW's worker at /mockServiceWorker.js, for the mock backend that runs in this page.
    mockServiceWorker(),
    brokenEntries(moduleEntry),
  ],
  server: {
    host: '127.0.0.1',
    strictPort: true,
    // The page imports the mock backend from mock/ and the contract types from src/.
    fs: { allow: [projectRoot] },
  },
  optimizeDeps: {
    // Found up front, so the first test never sees Vite re-optimise and reload the page.
    include: ['qiankun', 'wujie', '@micro-zoe/micro-app', 'msw/browser', 'msw'],
  },
})
