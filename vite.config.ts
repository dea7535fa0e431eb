import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import qiankun from 'vite-plugin-qiankun'
import { qiankunEntryFix } from './build/qiankun-entry.ts'
import { axiosXhrOnly } from './build/axios-xhr-only.ts'
import { mockServiceWorker } from './build/mock-service-worker.ts'
import { noPreloadHelper, piniaWithoutFileSaver } from './build/lean-bundle.ts'

/** The name hosts register us under (CONTRACT §1). */
export const APP_NAME = 'wecom-group-chat'

const DEV_PORT = Number(process.env.PORT ?? 4600)

export default defineConfig(({ command }) => ({
  // One build for every URL (CONTRACT §1): chunks import each other relative to themselves, the
  // entry loader resolves the module against the URL the host fetched us from. `--base=<url>` still wins.
  base: command === 'build' ? './' : '/',
  plugins: [
    // Composition API only: the Options API runtime is dead weight in every host page.
    vue({ features: { optionsAPI: false, prodDevtools: false } }),
    qiankun(APP_NAME, { useDevMode: true }),
    qiankunEntryFix(APP_NAME),
    mockServiceWorker(),
    axiosXhrOnly(),
    noPreloadHelper(),
    piniaWithoutFileSaver(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    __APP_NAME__: JSON.stringify(APP_NAME),
  },
  server: {
    port: DEV_PORT,
    cors: true,
    origin: `http://localhost:${DEV_PORT}`,
  },
  preview: { cors: true, port: 4601 },
  build: {
    // qiankun scopes the one stylesheet in index.html; lazy-chunk CSS would land in the host's <head>.
    cssCodeSplit: false,
    target: 'es2020',
    // The only lazy chunk is the JS-SDK, loaded inside WeCom; no preload helper or polyfill needed.
    modulePreload: false,
  },
}))
