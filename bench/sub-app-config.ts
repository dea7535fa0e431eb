import type { UserConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import qiankun from 'vite-plugin-qiankun'

/**
 * The comparison apps (floor-app, hello-app) are built as the module is: the same plugin-vue
 * features and build settings as the root vite.config.ts, and vite-plugin-qiankun's entry.
 */
export function subAppConfig(name: string, root: string): UserConfig {
  return {
    root,
    logLevel: 'warn',
    plugins: [
      vue({ features: { optionsAPI: false, prodDevtools: false } }),
      qiankun(name, { useDevMode: false }),
    ],
    build: {
      cssCodeSplit: false,
      target: 'es2020',
      modulePreload: false,
    },
  }
}
