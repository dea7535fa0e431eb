/**
 * What goes wrong, seen by the user and by the host: backend failures on create (each an alert in
 * words a person understands, then a working retry once the backend recovers) and a host's own
 * mistakes in props (a message in the container; the portal around it keeps working).
 */
import type { GroupChatErrorCode } from '../../src/contract'
import type { HostPage, HostQuery } from './support/host'
import type { PropsOptions } from './host/host-api'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, SLOT_B, test } from './support/host'

const NAME = 'wecom-group-chat-failures'
const PEOPLE = demoCandidates(6)
const PICKED = [PEOPLE[0]!.userId, PEOPLE[1]!.userId]
const CREATED = 'Group chat created. Open it in WeCom.'

/** Not a stack trace, a status code or an object dump: a sentence that ends like one. */
function expectReadable(full: string): void {
  // The code (or request number) to quote ends it, in brackets: the sentence is what comes before.
  const text = full.replace(/ \((Error code|Request) [^)]*\)$/, '')
  expect(text).toMatch(/^[A-Z].{20,}[.!)]$/)
  expect(text).not.toMatch(/HTTP|openExistedChatWithMsg|agentConfig|signature|jsapi|errMsg/i)
  expect(text).not.toMatch(/undefined|null|\[object|Error\b|AxiosError|status code|ECONN|stack|\{|\}/)
}

interface FailureCase {
  title: string
  mockFail: string
  props?: PropsOptions
  alert: string | RegExp
  /** The backend's words that end the alert, as it sent them. */
  backendSays?: string
  code: GroupChatErrorCode
  /** `x1` rules recover by themselves; the others need the knob cleared. */
  recover: 'by itself' | 'setKnobs'
  /** The retry is the same press (unknown outcome): it must reuse the requestId. */
  sameRequestId: boolean
  check?: (host: HostPage) => Promise<void>
}

const CASES: FailureCase[] = [
  {
    title: 'WeCom refuses with 86006 (member count)',
    mockFail: 'create:86006x1',
    // Our sentence, then the backend's own message word for word (docs/backend-guide.md).
    alert: 'A group needs between 2 and 2000 members. Adjust who is picked and retry. The system said: “member count out of range” (Error code 86006)',
    backendSays: ' The system said: “member count out of range”',
    code: 'backend',
    recover: 'by itself',
    sameRequestId: false,
  },
  {
    title: 'the login expired (HTTP 401)',
    mockFail: 'create:401x1',
    alert: 'Your sign-in has expired. Sign in again and retry. (Error code 401)',
    code: 'auth',
    recover: 'by itself',
    sameRequestId: false,
    check: async (host) => {
      expect(await host.events({ type: 'onAuthExpired' })).toMatchObject([{ name: NAME }])
    },
  },
  {
    title: 'the server fails (HTTP 500)',
    mockFail: 'create:500',
    alert: /^The server is having trouble\. Try again in a moment\. The group may already exist: pressing “Create group” again will not make a second one\. \(Error code 500, request [\w-]+\)$/,
    code: 'backend',
    recover: 'setKnobs',
    sameRequestId: true,
  },
  {
    title: 'the server does not answer in timeoutMs',
    mockFail: 'create:timeoutx1',
    props: { timeoutMs: 1500 },
    alert: /^The server took too long to answer\. Press “Create group” again in a moment\. The group may already exist: pressing “Create group” again will not make a second one\. \(Request [\w-]+\)$/,
    code: 'timeout',
    recover: 'by itself',
    sameRequestId: true,
  },
]

test.describe('the backend fails on create', () => {
  for (const c of CASES) {
    test(`${c.title}: an alert says what to do, and pressing Create again works once the backend recovers`, async ({ host }) => {
      const query: HostQuery = { locale: 'en-US', mockFail: c.mockFail }
      await host.open(query)
      await host.load(NAME, SLOT_A, { defaultSelected: PICKED, ...c.props })
      await host.trigger(SLOT_A).click()
      const dialog = host.dialog()
      const create = dialog.getByRole('button', { name: /create group/i })
      await create.click()

      const alert = dialog.getByRole('alert')
      await expect(alert).toHaveText(c.alert)
      expectReadable((await alert.innerText()).replace(c.backendSays ?? '', ''))
      await expect(dialog.getByRole('status')).toHaveText('')
      expect(await host.events({ type: 'onError' })).toEqual([
        expect.objectContaining({ name: NAME, payload: { code: c.code, message: typeof c.alert === 'string' ? c.alert : expect.stringMatching(c.alert) } }),
      ])
      expect(await host.events({ type: 'onCreated' })).toEqual([])
      expect(await host.groups()).toEqual([])
      await c.check?.(host)

      // The choice is kept, so the user only has to press Create again.
      await expect(create).toBeEnabled()
      if (c.recover === 'setKnobs')
        await host.setKnobs({ fail: [] })
      await create.click()
      await expect(dialog.getByRole('status')).toHaveText(CREATED)
      await expect(alert).toHaveCount(0)

      const groups = await host.groups()
      expect(groups).toHaveLength(1)
      expect(await host.events({ type: 'onCreated' })).toMatchObject([{ payload: { chatId: groups[0]!.chatId, opened: false } }])
      expect(await host.events({ type: 'onError' })).toHaveLength(1)
      const requestIds = (await host.requests()).filter(r => r.call === 'create').map(r => (r.body as { requestId: string }).requestId)
      expect(requestIds.at(-1)).toBe(groups[0]!.chatId)
      if (c.sameRequestId)
        expect(new Set(requestIds).size).toBe(1)
      else
        expect(new Set(requestIds).size).toBe(2)
      expect(host.pageErrors).toEqual([])
    })
  }
})

test.describe('a host passes bad props', () => {
  /** The portal is still usable: its own navigation works and another instance mounts and opens. */
  async function expectHostStillWorks(host: HostPage): Promise<void> {
    const page = host.page
    await page.getByRole('link', { name: 'Collaboration' }).click()
    await expect(page.getByRole('link', { name: 'Collaboration' })).toHaveAttribute('aria-current', 'page')
    await expect(page).toHaveURL(/\/collab\?/)
    await page.getByRole('link', { name: 'Home' }).click()
    await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page')

    await host.load('wecom-group-chat-healthy', SLOT_B)
    await host.trigger(SLOT_B).click()
    await expect(host.dialog()).toBeVisible()
    await expect(host.dialog().getByRole('checkbox')).toHaveCount(6)
    await page.keyboard.press('Escape')
    await expect(host.dialog()).toBeHidden()
    expect(await host.status('wecom-group-chat-healthy')).toBe('MOUNTED')
    expect(await host.events({ name: 'wecom-group-chat-healthy', type: 'onError' })).toEqual([])
    expect(host.pageErrors).toEqual([])
  }

  test('no bizId: a message in the container and one onError; the host keeps working', async ({ host, page }) => {
    await host.open({ locale: 'en-US' })
    await host.load(NAME, SLOT_A, { bizId: null })
    expect(await host.status(NAME)).toBe('MOUNTED')

    const message = 'No business record id (bizId) was given, so no group chat can be created. Contact the page’s maintainers.'
    await expect(page.locator(SLOT_A).getByRole('alert')).toHaveText(message)
    // Nothing to create for: no trigger.
    await expect(page.locator(SLOT_A).getByRole('button')).toHaveCount(0)
    expect(await host.events({ name: NAME, type: 'onError' })).toMatchObject([{ payload: { code: 'invalid-props', message: `${message} (Error code invalid-props)` } }])

    await expectHostStillWorks(host)
    // Fixing the props with update() brings the trigger back.
    await host.update(NAME, { bizId: 'REC-FIXED' })
    await expect(host.trigger(SLOT_A)).toBeVisible()
    await expect(page.locator(SLOT_A).getByRole('alert')).toHaveCount(0)
  })

  test('a candidates loader that rejects: a message, onError, Retry in the dialog; the host keeps working', async ({ host, page }) => {
    await host.open({ locale: 'en-US' })
    await host.load(NAME, SLOT_A, { candidates: 'loader-reject', loaderDelayMs: 200 })

    const message = 'The list of people did not load. Check your connection and press Retry.'
    await expect(page.locator(SLOT_A).getByRole('alert')).toHaveText(message)
    expect(await host.events({ name: NAME, type: 'onError' })).toMatchObject([{ payload: { code: 'network', message: `${message} (Error code network)` } }])

    // The dialog still opens, says the same, and offers Retry (which asks the loader again).
    await host.trigger(SLOT_A).click()
    const dialog = host.dialog()
    await expect(dialog.getByRole('alert')).toContainText(message)
    await expect(dialog.getByRole('button', { name: /create group/i })).toBeDisabled()
    const loads = (await host.events({ name: NAME, type: 'loader' })).length
    await dialog.getByRole('button', { name: 'Retry' }).click()
    await expect.poll(async () => (await host.events({ name: NAME, type: 'loader' })).length).toBe(loads + 1)
    await expect(dialog.getByRole('alert')).toContainText(message)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()

    await expectHostStillWorks(host)
  })
})
