import type { GroupChatAppProps } from '@/contract'
import type { InstanceOptions } from '@/runtime/instance'
import type { EnvironmentInfo } from '@/wecom/environment'
import { within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
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

/** Mounts the app, presses its trigger and finds the dialog: what a person does first. */
export async function openDialog(props: Parameters<typeof mountApp>[0] = {}) {
  const app = await mountApp(props)
  const user = userEvent.setup()
  const trigger = within(app.container).getByRole('button', { name: /group chat|一键拉群/i })
  await user.click(trigger)
  const dialog = await within(app.container).findByRole('dialog', { name: /group chat|群聊/i })
  const ui = within(dialog)
  const reopen = async () => {
    await user.click(trigger)
    return within(await within(app.container).findByRole('dialog'))
  }
  return {
    ...app,
    user,
    trigger,
    dialog,
    ui,
    reopen,
    create: () => ui.getByRole('button', { name: /create group/i }) as HTMLButtonElement,
    search: () => ui.getByRole('searchbox', { name: /search/i }) as HTMLInputElement,
  }
}
