/**
 * The flow inside the WeCom client, played by the simulator (`?wecom=sim` on the host page: a
 * `wxwork/…` user agent and a `WeixinJSBridge`, installed before the module loads). The simulator
 * checks every signature as WeCom does, against the page URL without its `#fragment`, and allows
 * the jump only after a matching `agentConfig`.
 */
import type { Page } from '@playwright/test'
import type { HostPage } from './support/host'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, ROUTE_SLOT, SLOT_A, test } from './support/host'

const PEOPLE = demoCandidates(6)
const JSSDK_CHUNK = /\/jssdk-chunk-[^/]*\.js(?:$|\?)/

/** The simulator's own visible notice (a status outside the module) once the client opened a chat. */
function simulatorNotice(page: Page) {
  return page.getByRole('status').filter({ hasText: /^WeCom: opened chat / })
}

async function pickTwoAndCreate(host: HostPage): Promise<void> {
  const dialog = host.dialog()
  await dialog.getByRole('checkbox', { name: PEOPLE[1]!.name }).check()
  await dialog.getByRole('checkbox', { name: PEOPLE[3]!.name }).check()
  await dialog.getByRole('button', { name: /create group/i }).click()
}

for (const router of ['hash', 'history'] as const) {
  test(`on a ${router}-routed host: signs the page URL without its hash and jumps into the new chat`, async ({ host, page }) => {
    const chunks: Promise<string>[] = []
    page.on('response', (response) => {
      if (JSSDK_CHUNK.test(response.url()))
        chunks.push(response.text())
    })
    await host.open({ mode: 'register', router, locale: 'en-US', wecom: 'sim' })
    const headStyles = () => page.evaluate(() => document.head.querySelectorAll('style, link[rel="stylesheet"]').length)
    const stylesBefore = await headStyles()
    await page.getByRole('link', { name: 'Collaboration' }).click()
    await expect(page).toHaveURL(router === 'hash' ? /#\/collab$/ : /\/collab\?/)
    await host.trigger(ROUTE_SLOT).click()
    await expect(host.dialog()).toBeVisible()

    // Signing starts while the user picks (prewarm): the SDK chunk and the agent signature.
    await expect.poll(async () => (await host.requests()).filter(r => r.call === 'agent').length).toBe(1)
    await pickTwoAndCreate(host)

    const dialog = host.dialog()
    await expect(dialog.getByRole('status')).toHaveText('Group chat created and opened')
    const [group, ...others] = await host.groups()
    expect(others).toEqual([])
    await expect(simulatorNotice(page)).toHaveText(`WeCom: opened chat ${group!.chatId}`)
    await expect(simulatorNotice(page)).toBeVisible()

    // The URL sent for signing is the page's, query included, hash excluded, and unencoded once decoded.
    const pageUrl = page.url()
    const agentRequests = (await host.requests()).filter(r => r.call === 'agent')
    expect(agentRequests).toHaveLength(1)
    const signedUrl = agentRequests[0]!.query.url
    expect(signedUrl).toBe(pageUrl.split('#')[0])
    expect(signedUrl).not.toContain('#')
    if (router === 'hash')
      expect(pageUrl).toContain('#/collab')
    else
      expect(signedUrl).toContain('/collab?')

    // The bridge saw a successful agentConfig, then the jump into exactly the backend's chat.
    const calls = await host.bridgeCalls()
    const agentConfig = calls.findIndex(c => c.name === 'agentConfig' && c.result.err_msg === 'agentConfig:ok')
    const jump = calls.findIndex(c => c.name === 'openExistedChatWithMsg')
    expect(agentConfig).toBeGreaterThanOrEqual(0)
    expect(jump).toBeGreaterThan(agentConfig)
    expect(calls[jump]).toMatchObject({ params: { chatId: group!.chatId }, result: { err_msg: 'openExistedChatWithMsg:ok' } })
    expect(calls.filter(c => c.name === 'openExistedChatWithMsg')).toHaveLength(1)
    expect(calls.filter(c => /:fail/.test(String(c.result.err_msg)))).toEqual([])

    expect(await host.events({ type: 'onCreated' })).toMatchObject([{
      payload: { chatId: group!.chatId, bizId: 'E2E-ROUTE', opened: true, environment: 'wecom' },
    }])
    expect(await host.events({ type: 'onError' })).toEqual([])
    // Downloaded once, and it is the SDK (browser-flow.spec.ts relies on this marker being only there).
    expect(chunks).toHaveLength(1)
    expect(await chunks[0]).toContain('WeixinJSBridge')
    // The lazy chunk brought no stylesheet into the portal's <head>, where no sandbox scopes it
    // (docs/architecture.md, "Styles").
    expect(await headStyles()).toBe(stylesBefore)
    expect(host.pageErrors).toEqual([])
  })
}

test('a wrongly signed agent signature: the group is still reported, and "Open group chat" retries only the jump', async ({ host, page }) => {
  await host.open({ locale: 'en-US', wecom: 'sim', mockFail: 'agent:badticket' })
  await host.load('wecom-group-chat-badticket', SLOT_A, { bizId: 'REC-7' })
  const started = Date.now()
  await host.trigger(SLOT_A).click()
  await expect(host.dialog()).toBeVisible()
  await pickTwoAndCreate(host)

  const dialog = host.dialog()
  // Everything settles well within 10 s: the module re-signs once, then reports; it never hangs.
  await expect(dialog.getByRole('status')).toHaveText('The group chat was created, but it could not be opened automatically.', { timeout: 10_000 })
  expect(Date.now() - started).toBeLessThan(10_000)
  await expect(dialog.getByRole('alert')).toHaveText('WeCom cannot be reached right now. Reload the page and try again; if it keeps failing, give your administrator the error code. Reason: WeCom could not verify this page. The group chat exists: press “Open group chat” to try again. (Error code 40093)')

  const [group, ...others] = await host.groups()
  expect(others).toEqual([])
  const chatId = group!.chatId
  expect(await host.events({ type: 'onCreated' })).toMatchObject([{ payload: { chatId, bizId: 'REC-7', opened: false, environment: 'wecom' } }])
  // One onError for the one failure the user saw (signing ahead while picking reports nothing by itself).
  expect(await host.events({ type: 'onError' })).toMatchObject([{ payload: { code: 'sdk-config', chatId } }])
  // The client refused the signature; it never jumped.
  const refused = await host.bridgeCalls()
  expect(refused.filter(c => c.name === 'agentConfig').every(c => /invalid signature/.test(String(c.result.err_msg)))).toBe(true)
  expect(refused.filter(c => c.name === 'openExistedChatWithMsg')).toEqual([])
  await expect(simulatorNotice(page)).toHaveCount(0)

  // The backend's ticket is fixed; the user retries the jump, and only the jump.
  await host.setKnobs({ fail: [] })
  await dialog.getByRole('button', { name: 'Open group chat' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Group chat created and opened', { timeout: 10_000 })
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await expect(simulatorNotice(page)).toHaveText(`WeCom: opened chat ${chatId}`)

  expect(await host.groups()).toHaveLength(1)
  expect((await host.requests()).filter(r => r.call === 'create')).toHaveLength(1)
  // onCreated stays once per group; the later jump only updates what the user sees.
  expect(await host.events({ type: 'onCreated' })).toHaveLength(1)
  expect(await host.events({ type: 'onError' })).toHaveLength(1)
  expect(host.pageErrors).toEqual([])
})
