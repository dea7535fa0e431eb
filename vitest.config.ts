import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default defineConfig(env => mergeConfig(viteConfig(env), defineConfig({
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // A fresh copy of the SDK per test (vi.resetModules) needs it inlined; axios is inlined so the
    // client tests run through the axios the bundle has (build/axios-xhr-only.ts), not the published one.
    server: { deps: { inline: ['@wecom/jssdk', 'axios'] } },
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 10_000,
  },
})))
