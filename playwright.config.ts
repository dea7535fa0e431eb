import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser): the built module, served
 * like a CDN would, mounted by the example host portals in tests/e2e/host/ (qiankun, wujie,
 * micro-app).
 *
 * One production build with no `--base` (the artifact hosts deploy), built once into its own
 * directory, so a concurrent `npm run build` (dist/) cannot change what the tests load, and served
 * by one process (tests/e2e/support/serve-dist.mjs) from two origins at once:
 * - 4601: `http://127.0.0.1:4601/`, the entry every spec uses by default;
 * - 4811: `http://localhost:4811/sub/path/`, the same files under another origin and a sub-path.
 * - 4812: a second build made with `--base=http://127.0.0.1:4812/`, the optional absolute case.
 * - 4700: the host portals' Vite dev server, with the mock backend (MSW) running in the page.
 * - 4813: the module's own dev server (`npm run dev`), for the standalone page a newcomer opens first.
 */
const APP_ORIGIN = 'http://127.0.0.1:4601'
const HOST_ORIGIN = 'http://127.0.0.1:4700'
const E2E_OUT_DIR = 'node_modules/.e2e-dist'
const E2E_ABS_DIR = 'node_modules/.e2e-dist-abs'
const ABS_BASE = 'http://127.0.0.1:4812/'
const SERVE = [
  `${E2E_OUT_DIR}@127.0.0.1:4601/`,
  `${E2E_OUT_DIR}@localhost:4811/sub/path/`,
  `${E2E_ABS_DIR}@127.0.0.1:4812/`,
].join(' ')

export default defineConfig({
  testDir: 'tests/e2e',
  // Unit tests are *.test.ts and run under vitest; only *.spec.ts here.
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // After the web servers start: checks that 4601 serves the relative-base build.
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
      command: `npm run build -- --outDir ${E2E_OUT_DIR} --emptyOutDir && npm run build -- --base=${ABS_BASE} --outDir ${E2E_ABS_DIR} --emptyOutDir && node tests/e2e/support/serve-dist.mjs ${SERVE}`,
      url: `${APP_ORIGIN}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'PORT=4813 npx vite --port 4813 --strictPort --host 127.0.0.1',
      url: 'http://127.0.0.1:4813/',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npx vite --config tests/e2e/host/vite.config.ts --port 4700 --strictPort --host 127.0.0.1',
      url: `${HOST_ORIGIN}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
