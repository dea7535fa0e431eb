import type { App as VueApp } from 'vue'
import { qiankunWindow, renderWithQiankun } from 'vite-plugin-qiankun/dist/helper'

/**
 * The least lifecycle code a Vue sub-app needs under vite-plugin-qiankun; the two reference apps
 * share it so that they differ only in what they render.
 */
export function serveAsSubApp(create: () => VueApp): void {
  let app: VueApp | undefined
  const mount = (root: ParentNode) => {
    app = create()
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
}
