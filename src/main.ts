import { qiankunWindow, renderWithQiankun } from 'vite-plugin-qiankun/dist/helper'
import { createLifecycles } from './lifecycles'

export type * from './contract'

const lifecycles = createLifecycles(__APP_NAME__)

renderWithQiankun(lifecycles)

if (!qiankunWindow.__POWERED_BY_QIANKUN__) {
  const container = document.body
  if (import.meta.env.DEV) {
    // Dev only: the mock backend, demo people and the WeCom simulator. Never in a production build.
    import('../mock/standalone').then(({ startStandalone }) => startStandalone(lifecycles, container))
  }
  else {
    // The built app opened on its own has no record and no people: it says it needs a host.
    void lifecycles.mount({ container })
  }
}
