/**
 * The flow in an ordinary browser (no WeCom client): trigger → pick → Create → "open it yourself".
 * The JS-SDK must never be signed nor downloaded here, and one press of Create is one group
 * however fast the user double-clicks or repeats Enter.
 */
import type { Request } from '@playwright/test'
import { demoCandidates } from '../../mock/demo-candidates'
import { APP_ENTRY, expect, SLOT_A, test } from './support/host'

const NAME = 'wecom-group-chat-browser'
const PEOPLE = demoCandidates(6)
/** The lazy chunk holding @wecom/jssdk (named after src/wecom/jssdk-chunk.ts by the build). */
const JSSDK_CHUNK = /\/jssdk-chunk-[^/]*\.js(?:$|\?)/
/** Only @wecom/jssdk names the client's bridge; our own code never does (wecom-flow.spec.ts checks the chunk has it). */
const JSSDK_MARKER = 'WeixinJSBridge'

test('trigger → pick → Create: the group is reported, nothing is signed, the JS-SDK is never downloaded', async ({ host, page }) => {
  const requested: string[] = []
  const scripts: Promise<{ url: string, body: string }>[] = []
  page.on('request', (request: Request) => requested.push(request.url()))
  page.on('response', (response) => {
    if (response.url().startsWith(APP_ENTRY) && response.request().resourceType() === 'script')
      scripts.push(response.text().then(body => ({ url: response.url(), body })))
  })

  await host.open({ locale: 'en-US' })
  await host.load(NAME, SLOT_A, { bizId: 'REC-1', defaultGroupName: 'Order 1 follow-up' })
  await host.trigger(SLOT_A).click()

  const dialog = host.dialog()
  await expect(dialog).toBeVisible()
  const create = dialog.getByRole('button', { name: /create group/i })
  // Nobody picked yet: Create says why it is disabled.
  await expect(create).toBeDisabled()
  await dialog.getByRole('checkbox', { name: PEOPLE[0]!.name }).check()
  await dialog.getByRole('checkbox', { name: PEOPLE[2]!.name }).check()
  await expect(dialog.getByRole('textbox', { name: /group name/i })).toHaveValue('Order 1 follow-up')
  await create.click()

  await expect(dialog.getByRole('status')).toHaveText('Group chat created. Open it in WeCom.')
  await expect(dialog.getByRole('alert')).toHaveCount(0)

  const groups = await host.groups()
  expect(groups).toHaveLength(1)
  const [group] = groups
  expect(group).toMatchObject({ bizId: 'REC-1', name: 'Order 1 follow-up', userlist: [PEOPLE[0]!.userId, PEOPLE[2]!.userId] })
  expect(await host.events({ type: 'onCreated' })).toMatchObject([{
    name: NAME,
    payload: {
      chatId: group!.chatId,
      bizId: 'REC-1',
      peopleList: [PEOPLE[0]!.userId, PEOPLE[2]!.userId],
      name: 'Order 1 follow-up',
      opened: false,
      environment: 'browser',
    },
  }])
  expect(await host.events({ type: 'onError' })).toEqual([])

  // Only the create reached the backend: no config or agent signature in a browser.
  expect((await host.requests()).map(r => r.call)).toEqual(['create'])
  // The lazy chunk was never requested, and none of the module's scripts that were fetched holds the SDK.
  expect(requested.filter(url => JSSDK_CHUNK.test(url))).toEqual([])
  const fetched = await Promise.all(scripts)
  expect(fetched.length).toBeGreaterThan(0)
  expect(fetched.filter(s => s.body.includes(JSSDK_MARKER)).map(s => s.url)).toEqual([])

  // Done closes the dialog and hands focus back to the trigger.
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
  await expect(host.trigger(SLOT_A)).toBeFocused()
  expect(host.pageErrors).toEqual([])
})

test.describe('one press of Create is one group', () => {
  test.beforeEach(async ({ host }) => {
    // Slow enough that a second press lands while the first request is still out.
    await host.open({ locale: 'en-US', mockLatency: 1000 })
    await host.load(NAME, SLOT_A, { defaultSelected: [PEOPLE[0]!.userId, PEOPLE[1]!.userId] })
    await host.trigger(SLOT_A).click()
    await expect(host.dialog()).toBeVisible()
  })

  test.afterEach(async ({ host }) => {
    const dialog = host.dialog()
    await expect(dialog.getByRole('status')).toHaveText('Group chat created. Open it in WeCom.')
    // A second request would have been sent with the second press, long before the first answered.
    expect((await host.requests()).filter(r => r.call === 'create')).toHaveLength(1)
    expect(await host.groups()).toHaveLength(1)
    expect(await host.events({ type: 'onCreated' })).toHaveLength(1)
    expect(host.pageErrors).toEqual([])
  })

  test('a double click on Create', async ({ host }) => {
    const create = host.dialog().getByRole('button', { name: /create group/i })
    await create.dblclick()
    await expect(host.dialog().getByRole('status')).toHaveText('Creating…')
    await expect(create).toBeDisabled()
  })

  test('Enter pressed twice on Create', async ({ host, page }) => {
    const create = host.dialog().getByRole('button', { name: /create group/i })
    await create.focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
  })

  test('Enter in the group name, then Enter again', async ({ host, page }) => {
    await host.dialog().getByRole('textbox', { name: /group name/i }).fill('Quick')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await expect(host.dialog().getByRole('status')).toHaveText('Creating…')
  })

  test('two activations of Create in one task, before the page can re-render', async ({ host }) => {
    // Faster than any person: both clicks run before Vue can disable the button.
    await host.dialog().getByRole('button', { name: /create group/i }).evaluate((button: HTMLButtonElement) => {
      button.click()
      button.click()
    })
  })
})
