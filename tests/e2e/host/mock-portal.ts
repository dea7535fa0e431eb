/**
 * Test scaffolding every example host shares: the portal's backend, mocked (a service worker
 * answers `/api/...` on this origin), and with `?wecom=sim` the WeCom client simulator on this top
 * page (a `wxwork/…` user agent and a `WeixinJSBridge` that checks signatures and knows the mock
 * backend's chats). The module decides where it runs when it mounts, and @wecom/jssdk when its
 * chunk is imported, so this must run before any instance loads. In a real portal none of it exists.
 */
import { setupWorker } from 'msw/browser'
import { createMockBackend } from '../../../mock/backend'
import { parseKnobs } from '../../../mock/knobs'
import { installWeComSimulator, simulatorOptionsFromUrl } from '../../../mock/simulator'

export async function startMockPortal(search = location.search) {
  const backend = createMockBackend({ knobs: parseKnobs(search) })
  await setupWorker(...backend.handlers).start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: '/mockServiceWorker.js' },
  })
  const simulatorOptions = simulatorOptionsFromUrl(search)
  const wecom = simulatorOptions ? installWeComSimulator({ ...simulatorOptions, chats: backend }) : undefined
  return { backend, wecom }
}
