import type { HostPage } from './host'
import { demoCandidates } from '../../../mock/demo-candidates'
import { expect } from './host'

const PEOPLE = demoCandidates(6)

/**
 * The matrix's common path in one container (en-US): open the dialog, tick two people, Create;
 * exactly one create request reaches the backend and the host's `onCreated` fires once for it.
 */
export async function createOnce(host: HostPage, container: string, name: string, bizId: string): Promise<void> {
  const before = (await host.requests()).filter(r => r.call === 'create' && (r.body as { id?: string }).id === bizId).length
  await host.trigger(container).click()
  const dialog = host.page.locator(container).getByRole('dialog', { name: /group chat/i })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('checkbox', { name: PEOPLE[1]!.name }).check()
  await dialog.getByRole('checkbox', { name: PEOPLE[2]!.name }).check()
  await dialog.getByRole('button', { name: /create group/i }).click()
  await expect(dialog.getByRole('status')).toHaveText(/Group chat created/)
  const creates = (await host.requests()).filter(r => r.call === 'create' && (r.body as { id?: string }).id === bizId)
  expect(creates).toHaveLength(before + 1)
  const created = (await host.events({ type: 'onCreated', name })).filter(e => (e.payload as { bizId?: string }).bizId === bizId)
  expect(created).toHaveLength(1)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
}

/** Nothing of the module left in the page: no mount point, no dialog, no lifecycle key on window. */
export async function expectNothingLeft(host: HostPage): Promise<void> {
  await expect(host.page.locator('[data-wecom-group-chat]')).toHaveCount(0)
  await expect(host.page.getByRole('dialog')).toHaveCount(0)
  expect(await host.page.evaluate(() => Object.keys(window).filter(k => k.startsWith('wecom-group-chat')))).toEqual([])
}
