import type { GroupChatAppProps } from './contract'
import type { GroupChatInstance, InstanceOptions } from './instance'
import { loadLocale } from './i18n'
import { createInstance } from './instance'

/** What qiankun adds to the props of each lifecycle. */
export interface QiankunLifecycleProps { name?: string, container?: HTMLElement }
export type LifecycleProps = Partial<GroupChatAppProps> & QiankunLifecycleProps

/**
 * qiankun lifecycles over a map of instances keyed by `props.name`: `update` gets no container,
 * and `loadMicroApp` gives each instance its own name (QIANKUN.md).
 */
export function createLifecycles(defaultName: string, options: InstanceOptions = {}) {
  const instances = new Map<string, GroupChatInstance>()
  const keyOf = (props: LifecycleProps) => props.name ?? defaultName
  // The language's messages before the render that shows them; a throwing getter is checkProps' to report.
  const prepare = (props: LifecycleProps) => loadLocale(Reflect.get(Object(props), 'locale'))

  return {
    instances,
    async bootstrap() {},
    async mount(props: LifecycleProps) {
      await prepare(props).catch(() => {})
      const key = keyOf(props)
      instances.get(key)?.unmount()
      const container = props.container ?? document.body
      instances.set(key, createInstance(container, props, key, options))
    },
    async update(props: LifecycleProps) {
      await prepare(props).catch(() => {})
      instances.get(keyOf(props))?.update(props)
    },
    async unmount(props: LifecycleProps) {
      const key = keyOf(props)
      instances.get(key)?.unmount()
      instances.delete(key)
    },
  }
}

/** The lifecycles every host is mapped onto (qiankun directly, wujie and micro-app by src/hosts/). */
export type Lifecycles = ReturnType<typeof createLifecycles>
