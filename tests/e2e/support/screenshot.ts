import type { Page, TestInfo } from '@playwright/test'
import { fileURLToPath } from 'node:url'

/** Attached to the report always; written for the README with UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.mouse.move(0, 0)
  await page.evaluate(() => document.fonts.ready)
  const body = await page.screenshot({ animations: 'disabled', caret: 'hide' })
  await testInfo.attach(name, { body, contentType: 'image/png' })
  if (process.env.UPDATE_SCREENSHOTS === '1')
    await page.screenshot({ path: fileURLToPath(new URL(`../../../docs/screenshots/${name}`, import.meta.url)), animations: 'disabled', caret: 'hide' })
}
