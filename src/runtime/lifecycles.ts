import type { GroupChatAppProps } from '@/contract'
import type { GroupChatInstance, InstanceOptions } from './instance'
import { loadLocale } from '@/i18n'
import { createInstance } from './instance'

/** What qiankun adds to the props of each lifecycle. */
interface QiankunLifecycleProps { name?: string, container?: HTMLElement }
export type LifecycleProps = Partial<GroupChatAppProps> & QiankunLifecycleProps

/**
 * qiankun lifecycles over a map of instances keyed by `props.name`: `update` gets no container,
 * and `loadMicroApp` gives each instance its own name (docs/host-guide.md).
 */
export function createLifecycles(defaultName: string, options: InstanceOptions = {}) {
  const instances = new Map<string, GroupChatInstance>()
  const keyOf = (props: LifecycleProps) => props.name ?? defaultName
  // The language's messages before the render that shows them; a throwing getter is checkProps' to report.
  const prepare = async (props: LifecycleProps) => loadLocale(Reflect.get(Object(props), 'locale'))

  const queues = new Map<string, Promise<void>>()
  /**
   * One lifecycle at a time per instance, in the order called. qiankun already does this; wujie and
   * micro-app call us whenever they like, and an unmount (or an update) arriving while a mount still
   * waits for its language must apply after it, not find nothing and leave an instance behind.
   */
  function inTurn(key: string, step: () => Promise<void> | void): Promise<void> {
    const run = (queues.get(key) ?? Promise.resolve()).then(step)
    const settled = run.catch(() => {})
    queues.set(key, settled)
    void settled.then(() => {
      if (queues.get(key) === settled)
        queues.delete(key)
    })
    return run
  }

  return {
    async bootstrap() {},
    mount(props: LifecycleProps) {
      const key = keyOf(props)
      return inTurn(key, async () => {
        await prepare(props).catch(() => {})
        instances.get(key)?.unmount()
        const container = props.container ?? document.body
        instances.set(key, createInstance(container, props, key, options))
      })
    },
    update(props: LifecycleProps) {
      const key = keyOf(props)
      return inTurn(key, async () => {
        await prepare(props).catch(() => {})
        instances.get(key)?.update(props)
      })
    },
    unmount(props: LifecycleProps) {
      const key = keyOf(props)
      return inTurn(key, () => {
        instances.get(key)?.unmount()
        instances.delete(key)
      })
    },
  }
}

/** The lifecycles every host is mapped onto (qiankun directly, wujie and micro-app by src/hosts/). */
export type Lifecycles = ReturnType<typeof createLifecycles>
