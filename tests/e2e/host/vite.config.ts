import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'
import { mockServiceWorker } from '../../../build/mock-service-worker.ts'
import { brokenEntries } from './broken-entries.ts'

const projectRoot = fileURLToPath(new URL('../../..', import.meta.url))

/**
 * The example host portal's own Vite project (a separate root from the module's):
 * `npx vite --config tests/e2e/host/vite.config.ts --port 4700 --strictPort --host 127.0.0.1`.
 * It is a plain TypeScript page, so it needs no framework plugin.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Its own dependency cache, so it never fights the module's dev server over node_modules/.vite.
  cacheDir: fileURLToPath(new URL('../../../node_modules/.vite-e2e-host', import.meta.url)),
  clearScreen: false,
  plugins: [
    // MSW's worker at /mockServiceWorker.js, for the mock backend that runs in this page.
    mockServiceWorker(),
    brokenEntries(),
  ],
  server: {
    host: '127.0.0.1',
    port: 4700,
    strictPort: true,
    // The page imports the mock backend from mock/ and the contract types from src/.
    fs: { allow: [projectRoot] },
  },
  optimizeDeps: {
    // Found up front, so the first test never sees Vite re-optimise and reload the page.
    include: ['qiankun', 'wujie', '@micro-zoe/micro-app', 'msw/browser', 'msw'],
  },
})
