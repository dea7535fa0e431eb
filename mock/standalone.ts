import type { GroupChatAppProps } from '../src/contract'
import type { createLifecycles } from '../src/runtime/lifecycles'
import { setupWorker } from 'msw/browser'
import { mockHandlersForStandalone } from './backend'
import { demoCandidates } from './demo-candidates'
import { installWeComSimulator, simulatorOptionsFromUrl } from './simulator'

/**
 * `npm run dev` without a host: the mock backend in a service worker, demo people, an event log,
 * and with `?wecom=sim` the WeCom client simulator. URL switches:
 * `locale=en-US`, `people=10000`, `loader=1` / `loader=fail`, `existingChatId=…`, `owner=…`,
 * plus the mock's `mockLatency` / `mockFail` / `mockOneGroupPerRecord=1` and the simulator's
 * `wecomVersion` / `wecomBridge` / `wecomFail` / `wecomUser`. With `existingChatId` the mock knows that
 * group (four demo people in it); `recordGroup=off` leaves out the optional group calls.
 */
export async function startStandalone(lifecycles: ReturnType<typeof createLifecycles>, container: HTMLElement): Promise<void> {
  const query = new URLSearchParams(location.search)
  const simulator = simulatorOptionsFromUrl(location.search)
  // The page first, with a line saying what the wait is for: the worker takes a second or two.
  const log = renderShell(container, simulator ? 'WeCom simulator' : 'browser')
  const backend = mockHandlersForStandalone(location.search)
  await setupWorker(...backend.handlers).start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
  container.querySelector('[data-demo-loading]')?.remove()
  const people = demoCandidates(Number(query.get('people') ?? 50))
  if (simulator) {
    // WeCom's own picker answers with two colleagues outside the list and one already in it.
    const contacts = [...demoCandidates(52).slice(50), ...people.slice(3, 4)].map(p => ({ userId: p.userId, name: p.name }))
    installWeComSimulator({ contacts, ...simulator, chats: backend })
  }

  const existingChatId = query.get('existingChatId') ?? undefined
  if (existingChatId && !backend.hasChat(existingChatId))
    backend.seed({ chatId: existingChatId, bizId: 'DEMO-2026-0042', name: '客户签约跟进 · DEMO-2026-0042', owner: people[0]?.userId ?? '', userlist: people.slice(0, 4).map(p => p.userId) })
  const loader = query.get('loader')
  const props: GroupChatAppProps & { name: string, container: HTMLElement } = {
    name: 'wecom-group-chat-standalone',
    container: container.querySelector<HTMLElement>('[data-demo-mount]') ?? container,
    bizId: query.has('bizId') ? query.get('bizId') ?? '' : 'DEMO-2026-0042',
    candidates: loader === 'fail'
      ? () => new Promise((_, reject) => setTimeout(() => reject(new Error('demo loader failure')), 600))
      : loader
        ? () => new Promise(resolve => setTimeout(() => resolve(people), 600))
        : people,
    defaultSelected: people.slice(1, 3).map(p => p.userId),
    defaultGroupName: '客户签约跟进 · DEMO-2026-0042',
    owner: query.get('owner') ?? people[0]?.userId,
    existingChatId,
    endpoints: query.get('recordGroup') === 'off' ? undefined : { groupInfo: '/wecom/group-chats/{chatId}', addMembers: '/wecom/group-chats/{chatId}/members' },
    linkCard: { title: '客户签约跟进 · DEMO-2026-0042', desc: '合同评审与签约安排' },
    onMembersAdded: r => log('onMembersAdded', r),
    locale: query.get('locale') === 'en-US' ? 'en-US' : 'zh-CN',
    getHeaders: () => ({ Authorization: 'Bearer demo-token' }),
    onCreated: r => log('onCreated', r),
    onError: e => log('onError', e),
    onClose: () => log('onClose'),
    onAuthExpired: () => log('onAuthExpired'),
  }
  await lifecycles.mount(props)
}

function renderShell(container: HTMLElement, mode: string): (event: string, payload?: unknown) => void {
  container.insertAdjacentHTML('afterbegin', `
    <main data-demo-shell style="max-width:760px;margin:24px auto;padding:0 16px;font:14px/1.6 system-ui,sans-serif;color:#1f2329">
      <h1 style="font-size:20px;margin:0 0 4px">Demo record DEMO-2026-0042 · 客户签约跟进</h1>
      <p style="margin:0 0 16px;color:#646a73">Standalone mode (${mode}), mock backend. This page plays the host portal.</p>
      <p data-demo-loading role="status" style="margin:0;color:#646a73">Starting the mock backend… · 正在启动模拟后端…</p>
      <div data-demo-mount></div>
      <h2 style="font-size:15px;margin:24px 0 4px">Host callbacks</h2>
      <ol data-demo-log style="margin:0;padding-left:20px;font:12px/1.5 ui-monospace,monospace;word-break:break-all"></ol>
    </main>`)
  const list = container.querySelector('[data-demo-log]')
  return (event, payload) => {
    const item = document.createElement('li')
    item.textContent = `${event} ${payload === undefined ? '' : JSON.stringify(payload)}`
    list?.append(item)
  }
}
