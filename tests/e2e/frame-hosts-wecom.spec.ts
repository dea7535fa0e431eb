/**
 * Inside the WeCom client under wujie and micro-app: our code runs in a same-origin iframe while
 * the client shows, signs and bridges the top page. The simulator sits on the top host page only
 * (`?wecom=sim`), as the real client's bridge would; the user agent is the client's in every frame.
 */
import type { Page } from '@playwright/test'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, HOST_ORIGIN, SLOT_A, test } from './support/host'

const PEOPLE = demoCandidates(6)
const WECOM_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 wxwork/4.1.30 MicroMessenger/7.0.1 Language/zh ColorScheme/Light'

test.use({ userAgent: WECOM_UA })

for (const { title, path } of [{ title: 'wujie', path: '/wujie.html' }, { title: 'micro-app', path: '/micro-app.html' }]) {
  {
    test(`${title}: signs the top page's URL, agentConfig on the top bridge, jumps into the new chat`, async ({ host, page }) => {
      await host.open({ locale: 'en-US', wecom: 'sim' }, `${path}#/orders/42`)
      await host.load('wgc-wecom', SLOT_A, { bizId: 'E2E-WECOM' })
      await host.trigger(SLOT_A).click()
      const dialog = host.dialog()
      await expect(dialog).toBeVisible()
      await expect.poll(async () => (await host.requests()).filter(r => r.call === 'agent').length).toBe(1)
      await dialog.getByRole('checkbox', { name: PEOPLE[1]!.name }).check()
      await dialog.getByRole('checkbox', { name: PEOPLE[3]!.name }).check()
      await dialog.getByRole('button', { name: /create group/i }).click()
      await expect(dialog.getByRole('status')).toHaveText('Group chat created and opened')

      const [group, ...others] = await host.groups()
      expect(others).toEqual([])
      expect(await page.evaluate(() => window.__host.wecom?.opened)).toEqual([group!.chatId])

      // What was signed is the top page (micro-app rewrites its query at mount: read at signing), without the hash.
      const topUrl = page.url()
      const agent = (await host.requests()).filter(r => r.call === 'agent')
      expect(agent).toHaveLength(1)
      expect(agent[0]!.query.url).toBe(topUrl.split('#')[0])
      expect(agent[0]!.url.startsWith(`${HOST_ORIGIN}/api/`)).toBe(true)
      // The group's message links back to the top page, hash and all.
      expect(group!.url).toBe(topUrl)

      const calls = await host.bridgeCalls()
      const agentConfig = calls.findIndex(c => c.name === 'agentConfig' && c.result.err_msg === 'agentConfig:ok')
      const jump = calls.findIndex(c => c.name === 'openExistedChatWithMsg' && c.result.err_msg === 'openExistedChatWithMsg:ok')
      expect(agentConfig).toBeGreaterThanOrEqual(0)
      expect(jump).toBeGreaterThan(agentConfig)
      expect((await host.events({ type: 'onCreated' }))[0]!.payload).toMatchObject({ opened: true, environment: 'wecom' })
      expect(await host.events({ type: 'onError' })).toEqual([])

      await host.unmount('wgc-wecom')
      await expect(page.locator('[data-wecom-group-chat]')).toHaveCount(0)
    })
  }
}

/** Listener types on the top page's document. */
async function topDocumentListeners(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' })
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! })
  await cdp.detach()
  return listeners.map(l => l.type).sort()
}

for (const { title, path, alive } of [
  { title: 'wujie, alive: true', path: '/wujie.html', alive: 1 as const },
  { title: 'wujie, alive: false', path: '/wujie.html', alive: undefined },
  { title: 'micro-app', path: '/micro-app.html', alive: undefined },
]) {
  test(`${title}: a bridge that never comes is waited for on the top page, and the wait ends with the instance`, async ({ host, page }) => {
    await host.open({ locale: 'en-US', wecom: 'sim', wecomBridge: 'never', alive }, path)
    await host.load('wgc-wait', SLOT_A, { bizId: 'E2E-WAIT' })
    const before = await topDocumentListeners(page)
    await host.trigger(SLOT_A).click()
    await expect(host.dialog()).toBeVisible()
    // Signing starts on open: the module waits on the top page for the client's bridge.
    await expect.poll(() => topDocumentListeners(page)).toEqual([...before, 'WeixinJSBridgeReady'].sort())
    // destroyApp / removing the element: with alive: true wujie drops the frame without an unmount.
    await host.unmount('wgc-wait')
    await expect.poll(() => topDocumentListeners(page)).not.toContain('WeixinJSBridgeReady')
  })
}
