/** The reference for figure (c): a hello-world Vue sub-app with one button that opens a native dialog. */
import type { App as VueApp } from 'vue'
import { qiankunWindow, renderWithQiankun } from 'vite-plugin-qiankun/dist/helper'
import { createApp } from 'vue'
import App from './App.vue'

let app: VueApp | undefined

function mount(root: ParentNode): void {
  app = createApp(App)
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
