/**
 * The record's group knobs on `npm run dev` (docs/backend-guide.md): a record with a group, a
 * signed-in user who is not in it, joining, and inside the simulator the jump with the link card.
 */
import { expect, test } from '@playwright/test'
import { DEV_ORIGIN } from './support/constants'

test('npm run dev: existingChatId with a wecomUser who is not in it joins, then the simulator opens it with the card', async ({ page }) => {
  await page.goto(`${DEV_ORIGIN}/?locale=en-US&wecom=sim&existingChatId=wrDemoGroup&wecomUser=zhangsan`)
  await page.getByRole('button', { name: 'Open group chat' }).click({ timeout: 15_000 })
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByRole('alert')).toContainText('Could not open this group chat: you may not be in it')
  await expect(dialog.getByText('You are not in this group yet.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Join group chat' }).click()
  await expect(page.getByText(/WeCom: opened chat wrDemoGroup, with the card “客户签约跟进/)).toBeVisible()
  await expect(page.getByText(/onMembersAdded .*"added":\["zhangsan"\],"self":true/)).toBeVisible()
})
