/**
 * Keep-alive hosts (docs/host-guide.md): one instance kept across records. wujie `alive: true`
 * with one app name, micro-app `keep-alive` with `setData` while hidden and after re-insertion,
 * qiankun `update()` with the dialog open. Each Create carries the bizId and people of the record
 * on screen and reaches that record's own callbacks; a create in flight for the record the host
 * left is reported with its bizId, to its callbacks.
 */
import type { HostPage } from './support/host'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'

const PEOPLE = demoCandidates(6)
const NAME = 'wgc-kept'
/** Each record: its bizId, its own callbacks, the person the host ticks for it and one more the user ticks. */
const RECORDS = {
  A: { bizId: 'REC-A', callbacks: 'A', defaultSelected: [PEOPLE[1]!.userId], pick: PEOPLE[2]! },
  B: { bizId: 'REC-B', callbacks: 'B', defaultSelected: [PEOPLE[3]!.userId], pick: PEOPLE[4]! },
}
type Key = keyof typeof RECORDS

const propsOf = (key: Key) => {
  const { bizId, callbacks, defaultSelected } = RECORDS[key]
  return { bizId, callbacks, defaultSelected, candidates: 6 }
}

/** Opens the dialog of the record on screen, checks it shows that record's picks, creates, closes. */
async function createFor(host: HostPage, key: Key, createsBefore: number): Promise<void> {
  const record = RECORDS[key]
  const other = RECORDS[key === 'A' ? 'B' : 'A']
  await host.trigger(SLOT_A).click()
  const dialog = host.dialog()
  await expect(dialog.getByRole('checkbox', { name: PEOPLE.find(p => p.userId === record.defaultSelected[0])!.name })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: PEOPLE.find(p => p.userId === other.defaultSelected[0])!.name })).not.toBeChecked()
  await dialog.getByRole('checkbox', { name: record.pick.name }).check()
  await dialog.getByRole('button', { name: /create group/i }).click()
  await expect(dialog.getByRole('status')).toHaveText(/Group chat created/)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expectCreate(host, key, createsBefore)
}

/** The last create carried this record's bizId and people, and only its callbacks heard of it. */
async function expectCreate(host: HostPage, key: Key, createsBefore: number): Promise<void> {
  const record = RECORDS[key]
  const creates = (await host.requests()).filter(r => r.call === 'create')
  expect(creates).toHaveLength(createsBefore + 1)
  const body = creates.at(-1)!.body as { id: string, peopleList: string[] }
  expect(body.id).toBe(record.bizId)
  expect([...body.peopleList].sort()).toEqual([record.defaultSelected[0], record.pick.userId].sort())
  const heard = await host.events({ type: 'onCreated', name: `${NAME}@${record.callbacks}` })
  expect(heard.at(-1)?.payload).toMatchObject({ bizId: record.bizId })
  expect(heard.every(e => (e.payload as { bizId: string }).bizId === record.bizId)).toBe(true)
}

test('wujie alive: true, one app name, records A → B → A: each Create is the record on screen\'s, to its callbacks', async ({ host }) => {
  await host.open({ locale: 'en-US', alive: 1 }, '/wujie.html')
  await host.load(NAME, SLOT_A, propsOf('A'))
  await createFor(host, 'A', 0)
  // wujie re-activates the kept app: no new mount, only window.$wujie.props replaced.
  await host.update(NAME, propsOf('B'))
  await createFor(host, 'B', 1)
  await host.update(NAME, propsOf('A'))
  await createFor(host, 'A', 2)
  expect(await host.events({ type: 'onCreated', name: NAME })).toEqual([])
  expect(host.pageErrors).toEqual([])
})

test('micro-app keep-alive: setData while hidden and after re-insertion, each Create is the record on screen\'s', async ({ host }) => {
  await host.open({ locale: 'en-US', keepAlive: 1 }, '/micro-app.html')
  await host.load(NAME, SLOT_A, propsOf('A'))
  await createFor(host, 'A', 0)
  // Hidden, then B's data arrives before the element is back.
  await host.detach(NAME)
  await host.update(NAME, propsOf('B'))
  await host.attach(NAME)
  await createFor(host, 'B', 1)
  // Hidden and shown again, then A's data arrives after re-insertion.
  await host.detach(NAME)
  await host.attach(NAME)
  await host.update(NAME, propsOf('A'))
  await createFor(host, 'A', 2)
  expect(host.pageErrors).toEqual([])
})

test('qiankun update() with the dialog open: it shows the new record, and a create in flight for the old one is reported with its bizId', async ({ host }) => {
  await host.open({ locale: 'en-US' })
  await host.load(NAME, SLOT_A, propsOf('A'))
  await host.trigger(SLOT_A).click()
  const dialog = host.dialog()
  // A's create is in flight when the host moves to B.
  await host.setKnobs({ latencyMs: 1500 })
  await dialog.getByRole('checkbox', { name: RECORDS.A.pick.name }).check()
  await dialog.getByRole('button', { name: /create group/i }).click()
  await expect(dialog.getByRole('status')).toHaveText(/Creating/)
  await host.update(NAME, propsOf('B'))
  await expect(dialog.getByRole('checkbox', { name: PEOPLE[3]!.name })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: RECORDS.A.pick.name })).not.toBeChecked()
  await expect.poll(() => host.events({ type: 'onCreated', name: `${NAME}@A` })).toHaveLength(1)
  await expectCreate(host, 'A', 0)
  // The dialog stayed on B, untouched by A's answer.
  await expect(dialog.getByRole('button', { name: /create group/i })).toBeVisible()
  await host.setKnobs({ latencyMs: 0 })
  await dialog.getByRole('checkbox', { name: RECORDS.B.pick.name }).check()
  await dialog.getByRole('button', { name: /create group/i }).click()
  await expect(dialog.getByRole('status')).toHaveText(/Group chat created/)
  await expectCreate(host, 'B', 1)
  expect(host.pageErrors).toEqual([])
})
