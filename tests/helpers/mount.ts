import type { GroupChatAppProps } from '@/contract'
import type { InstanceOptions } from '@/runtime/instance'
import type { EnvironmentInfo } from '@/wecom/environment'
import { createLifecycles } from '@/runtime/lifecycles'

export const PEOPLE = [
  { userId: 'zhangsan', name: '张三', department: '销售部' },
  { userId: 'lisi', name: '李四', department: '销售部' },
  { userId: 'wangwu', name: '王五', department: '产品部' },
  { userId: 'zhaoliu', name: '赵六', department: '研发中心' },
]

export const BROWSER: EnvironmentInfo = { environment: 'browser', canOpenChat: false }

/** Mounts through the qiankun lifecycles, as a host would, into a fresh container. */
export async function mountApp(props: Partial<GroupChatAppProps> & { name?: string } = {}, options: InstanceOptions = {}) {
  const lifecycles = createLifecycles('wecom-group-chat', { env: BROWSER, retryDelays: [1, 1], ...options })
  const container = document.createElement('div')
  document.body.append(container)
  const full = { name: 'test', container, bizId: 'REC-42', candidates: PEOPLE, locale: 'en-US' as const, ...props }
  await lifecycles.bootstrap()
  await lifecycles.mount(full)
  return {
    lifecycles,
    container,
    props: full,
    update: (next: Partial<GroupChatAppProps>) => lifecycles.update({ ...full, ...next }),
    unmount: async () => {
      await lifecycles.unmount(full)
      container.remove()
    },
  }
}
