/**
 * (d) A long list of people, 10,000 and 100,000: mount, open, a first keystroke, a first pinyin
 * scan and an `update()` with the same people, each timed to its painted frame, with the longest
 * task (PerformanceObserver 'longtask') from its start until its sliced work has settled.
 */
import type { Browser, Page } from '@playwright/test'
import { APP_NAME, openHost } from '../setup'

export const SIZES = [10_000, 100_000] as const
/** How long sliced work (indexing, a pinyin scan) may go on after the painted frame, in ms. */
const SETTLE_MS = 600

export interface Phase { ms: number, longestTask: number }
export type PhaseName = 'mount' | 'open' | 'keystroke' | 'pinyinScan' | 'paste' | 'update'
export type LargeListRun = Record<PhaseName, Phase>

/** The worst paste: 3,000 letters that keep pinyin's backtracking busy (xi-an, xian) on every name. */
const PASTE = 'xian'.repeat(750)

/** Chinese names with pinyin userIds (`zhao0`, `wang7`, …), built in the page before any timing. */
function makePeople(page: Page, people: number): Promise<void> {
  return page.evaluate((n) => {
    const surnames = [['zhao', '赵'], ['qian', '钱'], ['sun', '孙'], ['li', '李'], ['zhou', '周'], ['wu', '吴'], ['zheng', '郑'], ['wang', '王'], ['zhang', '张'], ['xie', '谢']] as const
    const given = '三四伟芳娜敏静磊洋勇'
    const w = window as unknown as { benchPeople: unknown[] }
    w.benchPeople = Array.from({ length: n }, (_, i) => {
      const [py, han] = surnames[i % 10] as readonly [string, string]
      return { userId: `${py}${i}`, name: `${han}${given[Math.floor(i / 10) % 10]}${given[Math.floor(i / 100) % 10]}`, department: `部门${i % 50}` }
    })
  }, people)
}

/** Runs `act` from a `performance.now()` start; the painted time comes from `act`, the longest task after settling. */
async function phase(page: Page, act: (page: Page, since: number) => Promise<number>): Promise<Phase> {
  const since = await page.evaluate(() => performance.now())
  const ms = await act(page, since)
  await page.waitForTimeout(SETTLE_MS)
  const longestTask = await page.evaluate(s => window.__bench.longestSince(s), since)
  return { ms, longestTask }
}

async function measured(page: Page): Promise<number> {
  await page.waitForFunction(() => window.__bench.measured !== undefined)
  const result = await page.evaluate(() => {
    const m = window.__bench.measured
    return m instanceof Error ? m.message : m && m.painted - m.start
  })
  if (typeof result !== 'number')
    throw new Error(String(result))
  return result
}

async function keystroke(page: Page, key: string): Promise<number> {
  await page.evaluate(() => window.__bench.measureNext('keydown', 'input'))
  await page.keyboard.press(key)
  return measured(page)
}

async function once(browser: Browser, people: number): Promise<LargeListRun> {
  const { context, page } = await openHost(browser, 'app')
  try {
    await makePeople(page, people)
    const name = APP_NAME.app
    // The module fetched and evaluated once before: the mount figure is the module's own work.
    await page.evaluate(n => window.__host.load(n, '#slot-a', { candidates: 6 }).then(() => window.__host.unmount(n)), name)
    const mount = await phase(page, () => page.evaluate(async (n) => {
      const start = performance.now()
      const candidates = (window as unknown as { benchPeople: never }).benchPeople
      await window.__host.load(n, '#slot-a', { candidates, owner: 'wang7' })
      return performance.now() - start
    }, name))
    const open = await phase(page, async () => {
      await page.evaluate(() => window.__bench.measureNext('click', 'click', () => {
        const dialog = document.querySelector<HTMLDialogElement>('#slot-a dialog')
        return !!dialog?.open && dialog.querySelectorAll('input[type=checkbox]').length > 0
      }))
      await page.locator('#slot-a').getByRole('button', { name: /group chat/i }).click()
      return measured(page)
    })
    // A digit: plain text over every name, department and userId.
    const typed = await phase(page, () => keystroke(page, '7'))
    await page.keyboard.press('Backspace')
    // A Latin letter over Chinese names: fetches the pinyin chunk, then scans every name by pinyin.
    const pinyinLoaded = page.waitForResponse(response => /\/pinyin-[\w-]+\.js$/.test(response.url()))
    await keystroke(page, 'z')
    await pinyinLoaded
    await page.keyboard.press('Backspace')
    await page.waitForTimeout(SETTLE_MS)
    // A first pinyin scan, chunk loaded, no earlier query to narrow from.
    const pinyinScan = await phase(page, () => keystroke(page, 'x'))
    await page.keyboard.press('Backspace')
    await page.waitForTimeout(SETTLE_MS)
    // A paste of 3,000 letters (one input event, as a paste delivers it) → "no match" painted.
    const paste = await phase(page, async () => {
      await page.evaluate(() => window.__bench.measureNext('input', 'input'))
      await page.keyboard.insertText(PASTE)
      return measured(page)
    })
    const search = page.getByRole('dialog').getByRole('searchbox')
    if ((await search.inputValue()).length < 1000)
      throw new Error('bench: the paste did not reach the search box')
    await search.fill('')
    await page.keyboard.press('Escape')
    const update = await phase(page, () => page.evaluate(async (n) => {
      // The same people in new objects, as a host rebuilding its props would pass them.
      const same = (window as unknown as { benchPeople: object[] }).benchPeople.map(c => ({ ...c }))
      const start = performance.now()
      await window.__host.update(n, { candidates: same as never, owner: 'wang7' })
      return performance.now() - start
    }, name))
    return { mount, open, keystroke: typed, pinyinScan, paste, update }
  }
  finally {
    await context.close()
  }
}

/** `runs` first visits per size, the sizes alternated. */
export async function measureLargeList(browser: Browser, runs: number): Promise<Record<number, LargeListRun[]>> {
  const result: Record<number, LargeListRun[]> = Object.fromEntries(SIZES.map(n => [n, []]))
  for (let i = 0; i < runs; i++) {
    for (const people of i % 2 ? [...SIZES].reverse() : SIZES)
      result[people]?.push(await once(browser, people))
  }
  return result
}
