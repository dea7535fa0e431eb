/**
 * The floor for figure (b): the least a qiankun sub-app with this stack ships — Vue, a Pinia
 * store, one axios request and a button, built like the module.
 */
import type { App as VueApp } from 'vue'
import { createPinia } from 'pinia'
import { qiankunWindow, renderWithQiankun } from 'vite-plugin-qiankun/dist/helper'
import { createApp } from 'vue'
import App from './App.vue'

let app: VueApp | undefined

function mount(root: ParentNode): void {
  app = createApp(App)
  app.use(createPinia())
  app.mount(root.querySelector<HTMLElement>('[data-app]') ?? document.body)
}

renderWithQiankun({
  bootstrap() {},
  mount: props => mount(props.container ?? document),
  unmount() {
    app?.unmount()
    app = undefined
  },
  update() {},
})

if (!qiankunWindow.__POWERED_BY_QIANKUN__)
  mount(document)
