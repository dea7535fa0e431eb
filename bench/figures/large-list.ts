/**
 * (d) 10,000 candidates: trigger click → dialog open with its list painted, and keystroke in the
 * search box → filtered list painted. Each run is a first visit; every keystroke is one sample.
 */
import type { Browser, Page } from '@playwright/test'
import { APP_NAME, openHost } from '../setup'

export const PEOPLE = 10_000
/** Narrows 10,000 demo people down step by step (their userIds are pinyin + number), then widens back. */
const KEYS = ['z', 'h', 'a', 'o', '1', '2', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace']
/** Then, with the pinyin chunk loaded (the first `z` fetched it), a name spelled in pinyin over 10,000 Chinese names. */
const PINYIN_KEYS = [...'zhangsan', ...Array.from({ length: 7 }, () => 'Backspace')]

/** Waits for the measurement armed with `measureNext` and returns start → painted, in ms. */
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

interface Run { open: number, keystrokes: number[], pinyinKeystrokes: number[], pinyinCold: number, paste: number }

/** The worst paste: 3,000 letters that keep pinyin's backtracking busy (xi-an, xian) on every name. */
export const PASTE = 'xian'.repeat(750)

async function once(browser: Browser): Promise<Run> {
  const { context, page } = await openHost(browser, 'app')
  try {
    await page.evaluate(([name, people]) => window.__host.load(name, '#slot-a', { candidates: people, owner: 'wang1' }).then(() => {}), [APP_NAME.app, PEOPLE] as const)
    await page.evaluate(() => window.__bench.measureNext('click', 'click', () => {
      const dialog = document.querySelector<HTMLDialogElement>('#slot-a dialog')
      return !!dialog?.open && dialog.querySelectorAll('input[type=checkbox]').length > 0
    }))
    await page.locator('#slot-a').getByRole('button', { name: /group chat/i }).click()
    const open = await measured(page)
    // The dialog focuses its search box when it opens.
    const search = page.getByRole('dialog').getByRole('searchbox')
    if (!await search.evaluate(el => el === document.activeElement))
      throw new Error('bench: the search box is not focused after opening')
    const keystrokes: number[] = []
    const pinyinLoaded = page.waitForResponse(response => /\/pinyin-[\w-]+\.js$/.test(response.url()))
    for (const key of KEYS) {
      // Vue re-renders in a microtask after `input`, so the first frame after it shows the new list.
      await page.evaluate(() => window.__bench.measureNext('keydown', 'input'))
      await page.keyboard.press(key)
      keystrokes.push(await measured(page))
    }
    if (await search.inputValue() !== '')
      throw new Error('bench: the search box did not end empty')
    await pinyinLoaded
    const pinyinKeystrokes: number[] = []
    for (const key of PINYIN_KEYS) {
      await page.evaluate(() => window.__bench.measureNext('keydown', 'input'))
      await page.keyboard.press(key)
      pinyinKeystrokes.push(await measured(page))
    }
    if (await search.inputValue() !== 'z')
      throw new Error('bench: the pinyin query did not end as "z"')
    // A first keystroke no earlier query helps with: all 10,000 names matched by pinyin from scratch.
    await page.keyboard.press('Backspace')
    await page.evaluate(() => window.__bench.measureNext('keydown', 'input'))
    await page.keyboard.press('x')
    const pinyinCold = await measured(page)
    await page.keyboard.press('Backspace')
    // A paste of 3,000 letters (one input event, as a paste delivers it) → "no match" painted.
    await page.evaluate(() => window.__bench.measureNext('input', 'input'))
    await page.keyboard.insertText(PASTE)
    const paste = await measured(page)
    if ((await search.inputValue()).length < 1000)
      throw new Error('bench: the paste did not reach the search box')
    await search.fill('')
    return { open, keystrokes, pinyinKeystrokes, pinyinCold, paste }
  }
  finally {
    await context.close()
  }
}

export async function measureLargeList(browser: Browser, runs: number): Promise<{ open: number[], keystrokes: number[], pinyinKeystrokes: number[], pinyinCold: number[], paste: number[] }> {
  const open: number[] = []
  const keystrokes: number[] = []
  const pinyinKeystrokes: number[] = []
  const pinyinCold: number[] = []
  const paste: number[] = []
  for (let i = 0; i < runs; i++) {
    const run = await once(browser)
    open.push(run.open)
    keystrokes.push(...run.keystrokes)
    pinyinKeystrokes.push(...run.pinyinKeystrokes)
    pinyinCold.push(run.pinyinCold)
    paste.push(run.paste)
  }
  return { open, keystrokes, pinyinKeystrokes, pinyinCold, paste }
}
