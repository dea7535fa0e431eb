import { defineConfig } from '@playwright/test'

import { APP_ENTRY, APP_ENTRY_ABSOLUTE, DEV_ORIGIN, HOST_ORIGIN } from './tests/e2e/support/constants'
import { PORTS } from './tests/e2e/support/ports'

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser): the built module, served
 * like a CDN would, mounted by the example host portals in tests/e2e/host/ (qiankun, wujie,
 * micro-app).
 *
 * One production build with no `--base` (the artifact hosts deploy), built once into its own
 * directory, so a concurrent `npm run build` (dist/) cannot change what the tests load, and served
 * by one process (tests/e2e/support/serve-dist.mjs) from two origins at once:
 * - `APP_ENTRY`: `http://127.0.0.1:<app>/`, the entry every spec uses by default;
 * - `APP_ENTRY_SUBPATH`: the same files from `localhost`, under `/sub/path/`;
 * - `APP_ENTRY_ABSOLUTE`: a second build made with `--base=<that URL>`, the optional absolute case;
 * - `HOST_ORIGIN`: the host portals' Vite dev server, with the mock backend (MSW) in the page;
 * - `DEV_ORIGIN`: the module's own dev server (`npm run dev`), the standalone page a newcomer opens.
 *
 * The ports are free ones the run picks (tests/e2e/support/ports.ts), or `E2E_*_PORT` when set, and
 * a server is never reused: every one of them is started by this run, so it can only test this tree.
 */
const E2E_OUT_DIR = 'node_modules/.e2e-dist'
const E2E_ABS_DIR = 'node_modules/.e2e-dist-abs'
const SERVE = [
  `${E2E_OUT_DIR}@127.0.0.1:${PORTS.app}/`,
  `${E2E_OUT_DIR}@localhost:${PORTS.subpath}/sub/path/`,
  `${E2E_ABS_DIR}@127.0.0.1:${PORTS.absolute}/`,
].join(' ')

export default defineConfig({
  testDir: 'tests/e2e',
  // Unit tests are *.test.ts and run under vitest; only *.spec.ts here.
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // After the web servers start: checks that the app's port serves the relative-base build.
  globalSetup: './tests/e2e/support/global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // Every test opens its own page (own service worker, own mock backend), so tests can run side by side.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: HOST_ORIGIN,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npm run build -- --outDir ${E2E_OUT_DIR} --emptyOutDir && npm run build -- --base=${APP_ENTRY_ABSOLUTE} --outDir ${E2E_ABS_DIR} --emptyOutDir && node tests/e2e/support/serve-dist.mjs ${SERVE}`,
      url: APP_ENTRY,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `PORT=${PORTS.dev} npx vite --port ${PORTS.dev} --strictPort --host 127.0.0.1`,
      url: `${DEV_ORIGIN}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite --config tests/e2e/host/vite.config.ts --port ${PORTS.host} --strictPort --host 127.0.0.1`,
      url: `${HOST_ORIGIN}/`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
