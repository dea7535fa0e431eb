/**
 * The qiankun lifecycles in real Chromium: the built module, loaded by the example host portal.
 * Proves the defects docs/architecture.md ("The entry loader, and why") lists are fixed (same-tick
 * loads, swallowed load errors) and that docs/host-guide.md holds (several instances, unique
 * names, registerMicroApps on a route).
 */
import { demoCandidates } from '../../mock/demo-candidates'
import { APP_NAME, expect, GROUP_CHAT, MISSING_SCRIPT_ENTRY, ROUTE_SLOT, SLOT_A, SLOT_B, test } from './support/host'

const A = 'wecom-group-chat-a'
const B = 'wecom-group-chat-b'

/** Longer than any healthy load here (~200 ms cold), short enough that a hang fails fast. */
const HANG_MS = 8_000

test.describe('loadMicroApp', () => {
  test.beforeEach(async ({ host }) => {
    await host.open({ locale: 'en-US' })
  })

  test('two instances loaded in the same tick both mount, each in its own container', async ({ host, page }) => {
    // One page.evaluate, one JS task: both loadMicroApp calls run before either entry script does.
    const outcome = await page.evaluate(async ([a, b, slotA, slotB, hangMs]) => {
      const settle = (load: Promise<unknown>) => Promise.race([
        load.then(() => 'mounted', (error: unknown) => `rejected: ${String(error)}`),
        new Promise<string>(resolve => setTimeout(() => resolve(`still pending after ${hangMs} ms`), hangMs)),
      ])
      const results = await Promise.all([settle(window.__host.load(a, slotA)), settle(window.__host.load(b, slotB))])
      return { results, statuses: [window.__host.appStatus(a), window.__host.appStatus(b)] }
    }, [A, B, SLOT_A, SLOT_B, HANG_MS] as const)

    expect(outcome).toEqual({ results: ['mounted', 'mounted'], statuses: ['MOUNTED', 'MOUNTED'] })
    await expect(host.trigger(SLOT_A)).toHaveCount(1)
    await expect(host.trigger(SLOT_B)).toHaveCount(1)
    await expect(host.trigger(SLOT_A)).toBeVisible()
    await expect(host.trigger(SLOT_B)).toBeVisible()
    await expect(page.getByRole('button', { name: GROUP_CHAT })).toHaveCount(2)
    expect(await host.events({ type: 'onError' })).toEqual([])
  })

  test('update() re-renders one instance with its new props and leaves the other alone', async ({ host }) => {
    await host.load(A, SLOT_A)
    await host.load(B, SLOT_B)

    await host.update(B, { locale: 'zh-CN' })
    await expect(host.page.locator(SLOT_B).getByRole('button', { name: '一键拉群' })).toBeVisible()
    await expect(host.trigger(SLOT_A)).toHaveAccessibleName('Create group chat')

    await host.update(A, { existingChatId: 'wrOgQhDgAAexisting' })
    await expect(host.trigger(SLOT_A)).toHaveAccessibleName('Open group chat')
    await expect(host.page.locator(SLOT_B).getByRole('button', { name: '一键拉群' })).toBeVisible()

    // single-spa replaces props on update: leaving existingChatId out removes it.
    await host.update(A, {})
    await expect(host.trigger(SLOT_A)).toHaveAccessibleName('Create group chat')

    // New candidates reach an open dialog's list.
    await host.trigger(SLOT_A).click()
    const dialog = host.dialog()
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('checkbox')).toHaveCount(6)
    await host.update(A, { candidates: 3 })
    await expect(dialog.getByRole('checkbox')).toHaveCount(3)

    expect(await host.status(A)).toBe('MOUNTED')
    expect(await host.status(B)).toBe('MOUNTED')
    expect(await host.events({ type: 'onError' })).toEqual([])
  })

  test('unmounting one instance empties its container and the other keeps working', async ({ host, page }) => {
    await host.load(A, SLOT_A)
    await host.load(B, SLOT_B)

    await host.unmount(A)
    await expect(page.locator(SLOT_A)).toBeEmpty()
    expect(await host.status(A)).toBe('NOT_MOUNTED')

    await host.trigger(SLOT_B).click()
    const dialog = host.dialog()
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('checkbox').first()).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(host.trigger(SLOT_B)).toBeFocused()

    expect(await host.events({ type: 'onClose' })).toMatchObject([{ name: B }])
    await expect(page.locator(SLOT_A)).toBeEmpty()
    expect(await host.status(B)).toBe('MOUNTED')
  })

  test('an entry whose script fails to load rejects mountPromise instead of hanging', async ({ host, page }) => {
    const name = 'wecom-group-chat-missing-script'
    const outcome = await page.evaluate(async ([n, slot, entry, hangMs]) => {
      const started = performance.now()
      const result = await Promise.race([
        window.__host.load(n, slot, {}, { entry }).then(
          () => 'mounted',
          (error: unknown) => `rejected: ${error instanceof Error ? error.message : String(error)}`,
        ),
        new Promise<string>(resolve => setTimeout(() => resolve(`still pending after ${hangMs} ms`), hangMs)),
      ])
      const elapsedMs = performance.now() - started
      const bootstrap = await Promise.race([
        window.__host.app(n)?.bootstrapPromise.then(() => 'resolved', () => 'rejected'),
        new Promise<string>(resolve => setTimeout(() => resolve('pending'), 100)),
      ])
      return { result, elapsedMs, bootstrap, status: window.__host.appStatus(n) }
    }, [name, SLOT_A, MISSING_SCRIPT_ENTRY, HANG_MS] as const)

    // The real error from the failed import, not a generic single-spa timeout.
    expect(outcome.result).toMatch(/^rejected: .*__e2e__\/missing\//)
    expect(outcome.elapsedMs).toBeLessThan(5_000)
    expect(outcome.bootstrap).toBe('rejected')
    expect(outcome.status).not.toMatch(/BOOTSTRAPPING|MOUNTED/)
    await expect(page.locator(SLOT_A).getByRole('button')).toHaveCount(0)

    // The page is not left broken: a good instance still loads next to the failed one.
    await host.load(B, SLOT_B)
    await expect(host.trigger(SLOT_B)).toBeVisible()
  })

  test('an instance under a unique name such as wecom-group-chat-42 works', async ({ host, page }) => {
    const name = 'wecom-group-chat-42'
    const slot = await host.createContainer('slot-42')
    await host.load(name, slot, { bizId: 'REC-42' })
    expect(await host.status(name)).toBe('MOUNTED')

    await host.trigger(slot).click()
    const dialog = host.dialog()
    await expect(dialog).toBeVisible()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
    expect(await host.events()).toMatchObject([{ type: 'onClose', name }])

    await host.unmount(name)
    await expect(page.locator(slot)).toBeEmpty()
  })
})

test.describe('two instances at once', () => {
  test('each open dialog keeps its own accessible name and labels', async ({ host, page }) => {
    // Vue's useId() numbers ids per app: without a per-instance idPrefix both dialogs would render
    // v-0-title, and B's aria-labelledby and <label for> would resolve to A's elements.
    await host.open()
    await host.load(A, SLOT_A, { open: true, locale: 'en-US' })
    await host.load(B, SLOT_B, { open: true, locale: 'zh-CN' })
    await expect(page.locator(SLOT_A).getByRole('dialog')).toHaveAccessibleName('Create a group chat')
    await expect(page.locator(SLOT_B).getByRole('dialog')).toHaveAccessibleName('创建群聊')
    await expect(page.locator(SLOT_B).getByRole('textbox', { name: '群名称' })).toBeVisible()
  })

  test('each creates its own group with its own callbacks; after update() and the other\'s unmount, one still works', async ({ host, page }) => {
    await host.open({ locale: 'en-US' })
    // Mounted concurrently, with different records and people.
    const people = demoCandidates(8)
    await page.evaluate(async ([a, b, slotA, slotB, pickedA, pickedB]) => {
      await Promise.all([
        window.__host.load(a, slotA, { bizId: 'REC-A', defaultSelected: [...pickedA] }),
        window.__host.load(b, slotB, { bizId: 'REC-B', candidates: 8, defaultSelected: [...pickedB] }),
      ])
    }, [A, B, SLOT_A, SLOT_B, [people[0]!.userId, people[1]!.userId], [people[6]!.userId, people[7]!.userId]] as const)

    const createIn = async (slot: string) => {
      await host.trigger(slot).click()
      const dialog = page.locator(slot).getByRole('dialog')
      await dialog.getByRole('button', { name: /create group/i }).click()
      await expect(dialog.getByRole('status')).toHaveText('Group chat created. Open it in WeCom.')
      await dialog.getByRole('button', { name: 'Done' }).click()
      await expect(dialog).toBeHidden()
    }
    await createIn(SLOT_A)
    await createIn(SLOT_B)
    expect((await host.groups()).map(g => [g.bizId, g.userlist])).toEqual([
      ['REC-A', [people[0]!.userId, people[1]!.userId]],
      ['REC-B', [people[6]!.userId, people[7]!.userId]],
    ])
    expect((await host.events({ type: 'onCreated' })).map(e => [e.name, (e.payload as { bizId: string }).bizId])).toEqual([[A, 'REC-A'], [B, 'REC-B']])

    // New candidates replace the old ones in B's open dialog, and are the ones that can be picked.
    await host.trigger(SLOT_B).click()
    const dialogB = page.locator(SLOT_B).getByRole('dialog')
    const newcomers = [{ userId: 'ada', name: 'Ada Lovelace' }, { userId: 'grace', name: 'Grace Hopper' }, { userId: 'alan', name: 'Alan Turing' }]
    await host.update(B, { bizId: 'REC-B', candidates: newcomers })
    await expect(dialogB.getByRole('checkbox')).toHaveCount(3)
    await expect(dialogB.getByRole('checkbox', { name: people[6]!.name })).toHaveCount(0)

    // A is unmounted while B's dialog is open: B is untouched and creates with the new people.
    await host.unmount(A)
    await expect(page.locator(SLOT_A)).toBeEmpty()
    await expect(dialogB).toBeVisible()
    await dialogB.getByRole('checkbox', { name: 'Ada Lovelace' }).check()
    await dialogB.getByRole('checkbox', { name: 'Grace Hopper' }).check()
    await dialogB.getByRole('button', { name: /create group/i }).click()
    await expect(dialogB.getByRole('status')).toHaveText('Group chat created. Open it in WeCom.')
    expect((await host.groups()).at(-1)).toMatchObject({ bizId: 'REC-B', userlist: expect.arrayContaining(['ada', 'grace']) })
    expect(await host.status(B)).toBe('MOUNTED')
    expect(await host.events({ type: 'onError' })).toEqual([])
    expect(host.pageErrors).toEqual([])
  })
})

test.describe('registerMicroApps + start', () => {
  test('mounts under the name wecom-group-chat while its route is active (history router)', async ({ host, page }) => {
    await host.open({ mode: 'register', router: 'history', locale: 'en-US' })
    const slot = page.locator(ROUTE_SLOT)
    await expect(slot).toBeEmpty()
    expect(await host.status(APP_NAME)).toBeUndefined()

    await page.getByRole('link', { name: 'Collaboration' }).click()
    await expect(page).toHaveURL(/\/collab\?/)
    await expect(host.trigger(ROUTE_SLOT)).toBeVisible()
    await expect.poll(() => host.status(APP_NAME)).toBe('MOUNTED')

    await page.getByRole('link', { name: 'Home' }).click()
    await expect(slot).toBeEmpty()
    await expect.poll(() => host.status(APP_NAME)).toBe('NOT_MOUNTED')

    // Back into the route, then out with the browser's back button.
    await page.getByRole('link', { name: 'Collaboration' }).click()
    await expect(host.trigger(ROUTE_SLOT)).toBeVisible()
    await page.goBack()
    await expect(slot).toBeEmpty()
    await expect.poll(() => host.status(APP_NAME)).toBe('NOT_MOUNTED')

    const hooks = (await host.lifecycle()).filter(e => e.name === APP_NAME).map(e => e.hook)
    expect(hooks).toEqual([
      'beforeLoad', 'beforeMount', 'afterMount', 'beforeUnmount', 'afterUnmount',
      'beforeMount', 'afterMount', 'beforeUnmount', 'afterUnmount',
    ])
    expect(await host.events({ type: 'onError' })).toEqual([])
  })

  test('mounts on a deep link and on a hash route', async ({ host, page }) => {
    await host.open({ mode: 'register', router: 'history', locale: 'en-US' }, '/collab')
    await expect(host.trigger(ROUTE_SLOT)).toBeVisible()

    await host.open({ mode: 'register', router: 'hash', locale: 'en-US' })
    await expect(page.locator(ROUTE_SLOT)).toBeEmpty()
    await page.getByRole('link', { name: 'Collaboration' }).click()
    await expect(page).toHaveURL(/#\/collab$/)
    await expect(host.trigger(ROUTE_SLOT)).toBeVisible()
    await page.getByRole('link', { name: 'Home' }).click()
    await expect(page.locator(ROUTE_SLOT)).toBeEmpty()
  })
})
