import type { Page } from '@playwright/test'
import { join } from 'node:path'

/**
 * Screenshots of the states a test reaches, for people to look at: written to `$SHOTS_DIR` as
 * `<name>-<width>.png` when that is set (e.g. `SHOTS_DIR=/tmp/shots npm run test:e2e`), else skipped.
 */
export async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR
  if (!dir)
    return
  await page.mouse.move(0, 0)
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: join(dir, `${name}-${page.viewportSize()?.width ?? 0}.png`), animations: 'disabled', caret: 'hide' })
}
