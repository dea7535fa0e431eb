/**
 * The record's group for everyone on the record (docs/backend-guide.md, the optional calls): the
 * existing view names the group and its members, a non-member joins (and inside WeCom then jumps),
 * a member adds people through the picker, one group per record, the link card in the jump, and a
 * backend without the optional calls never sees a request for them.
 */
import type { HostPage, HostQuery } from './support/host'
import type { PropsOptions } from './host/host-api'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'
import { shoot } from './support/shots'

const PEOPLE = demoCandidates(6)
const NAME = 'wgc-record'
const CHAT = 'wrRecordGroup0000000000000000001'
const GROUP = { chatId: CHAT, bizId: 'REC-1', name: 'Deal 42 follow-up', owner: PEOPLE[0]!.userId, userlist: PEOPLE.slice(0, 4).map(p => p.userId) }
const ENDPOINTS = { groupInfo: '/wecom/group-chats/{chatId}', addMembers: '/wecom/group-chats/{chatId}/members' }
const CARD = { title: 'Deal 42 · contract review', desc: 'Signing on Friday' }

/** The host page with the record's group known to the mock backend, the module mounted on it. */
async function mount(host: HostPage, query: HostQuery, props: PropsOptions = {}): Promise<void> {
  await host.open({ locale: 'en-US', ...query })
  await host.seedGroup(GROUP)
  await host.load(NAME, SLOT_A, { bizId: 'REC-1', existingChatId: CHAT, endpoints: ENDPOINTS, ...props })
}

const calls = async (host: HostPage, call: 'info' | 'members') => (await host.requests()).filter(r => r.call === call)

test('in a browser: the existing group is named with its members; a non-member joins once, the same requestId after a timeout', async ({ host }) => {
  await mount(host, { wecomUser: PEOPLE[5]!.userId }, { timeoutMs: 1500 })
  await host.trigger(SLOT_A).click()
  const dialog = host.dialog()
  await expect(dialog.getByText(GROUP.name)).toBeVisible()
  const members = dialog.getByRole('list', { name: '4 members' })
  for (const person of PEOPLE.slice(0, 4))
    await expect(members.getByText(person.name)).toBeVisible()
  await expect(dialog.getByText('You are not in this group yet.')).toBeVisible()
  await expect(dialog.getByText(/Once you join, it appears in your chat list in WeCom/)).toBeVisible()

  await host.setKnobs({ fail: [{ call: 'members', mode: { kind: 'timeout' }, times: 1 }] })
  await dialog.getByRole('button', { name: 'Join group chat' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(/^Could not join the group chat\. .*a retry will not/i)
  await shoot(host.page, 'record-join-timeout-en-US')
  expect(await host.events({ type: 'onMembersAdded' })).toEqual([])
  await dialog.getByRole('button', { name: 'Join group chat' }).click()
  await expect(dialog.getByText('You joined the group chat.')).toBeVisible()
  await expect(dialog.getByText('You are in this group.')).toBeVisible()
  await expect(dialog.getByRole('list', { name: '5 members' })).toBeVisible()

  const posts = await calls(host, 'members')
  expect(posts).toHaveLength(2)
  expect(posts.map(p => p.body)).toEqual([
    { add: [], self: true, requestId: expect.stringMatching(/^[0-9a-zA-Z]{32}$/) },
    { add: [], self: true, requestId: (posts[0]!.body as { requestId: string }).requestId },
  ])
  expect(posts[0]!.url).toContain(`/api/wecom/group-chats/${CHAT}/members`)
  const added = await host.events({ type: 'onMembersAdded' })
  expect(added.map(e => e.payload)).toEqual([{ chatId: CHAT, bizId: 'REC-1', added: [PEOPLE[5]!.userId], self: true }])
  expect(host.pageErrors).toEqual([])
})

test('inside WeCom: the jump into a group the user is not in fails, says why, and Join then jumps in with the link card', async ({ host }) => {
  await mount(host, { wecom: 'sim', wecomUser: PEOPLE[5]!.userId }, { linkCard: CARD })
  await host.trigger(SLOT_A).click()
  const dialog = host.dialog()
  await expect(dialog.getByRole('alert')).toHaveText(/^Could not open this group chat: you may not be in it, or it was dissolved\. Join it first/)
  await expect(dialog).not.toContainText(/created/i)
  await expect(dialog.getByRole('button', { name: 'Open group chat' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Create another group chat' })).toBeEnabled()
  await dialog.getByRole('button', { name: 'Join group chat' }).click()
  await expect(dialog.getByRole('status').filter({ hasText: 'Group chat opened' })).toBeVisible()
  expect(await host.page.evaluate(() => window.__host.wecom?.opened)).toEqual([CHAT])
  const jumps = (await host.bridgeCalls()).filter(c => c.name === 'openExistedChatWithMsg')
  expect(jumps.at(-1)!.params).toMatchObject({ chatId: CHAT, msg: { msgtype: 'link', link: { ...CARD, url: host.page.url() } } })
  expect((await calls(host, 'members')).map(p => p.body)).toMatchObject([{ add: [], self: true }])
  expect(host.pageErrors).toEqual([])
})

test('a member adds two people through the picker: members ticked and locked, onMembersAdded told', async ({ host }) => {
  await mount(host, { wecomUser: PEOPLE[0]!.userId })
  await host.trigger(SLOT_A).click()
  const dialog = host.dialog()
  await expect(dialog.getByText('You are in this group.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Add people' }).click()
  const member = dialog.getByRole('checkbox', { name: PEOPLE[1]!.name })
  await expect(member).toBeChecked()
  await expect(member).toBeDisabled()
  await expect(dialog.getByRole('button', { name: 'Add 0' })).toBeDisabled()
  await dialog.getByRole('checkbox', { name: PEOPLE[4]!.name }).check()
  await dialog.getByRole('checkbox', { name: PEOPLE[5]!.name }).check()
  await dialog.getByRole('button', { name: 'Add 2' }).click()
  await expect(dialog.getByText('2 people added.')).toBeVisible()
  await expect(dialog.getByRole('list', { name: '6 members' })).toBeVisible()
  expect((await calls(host, 'members')).map(p => p.body)).toMatchObject([{ add: [PEOPLE[4]!.userId, PEOPLE[5]!.userId] }])
  expect((await calls(host, 'members'))[0]!.body).not.toHaveProperty('self')
  const added = await host.events({ type: 'onMembersAdded' })
  expect(added.map(e => e.payload)).toEqual([{ chatId: CHAT, bizId: 'REC-1', added: [PEOPLE[4]!.userId, PEOPLE[5]!.userId], self: false }])
})

test('one group per record: a create answered existing: true shows the existing group, jumps into it, onCreated existing', async ({ host }) => {
  await host.open({ locale: 'en-US', wecom: 'sim', mockOneGroupPerRecord: 1 })
  await host.seedGroup(GROUP)
  await host.load(NAME, SLOT_A, { bizId: 'REC-1', defaultSelected: [PEOPLE[1]!.userId, PEOPLE[2]!.userId] })
  await host.trigger(SLOT_A).click()
  const dialog = host.dialog()
  await dialog.getByRole('button', { name: /create group/i }).click()
  await expect(dialog.getByRole('status').filter({ hasText: 'Group chat opened' })).toBeVisible()
  await expect(dialog.getByText(/A colleague has just created this record’s group chat, so no new group was made/)).toBeVisible()
  await expect(dialog).not.toContainText(/Group chat created/)
  expect(await host.page.evaluate(() => window.__host.wecom?.opened)).toEqual([CHAT])
  const created = await host.events({ type: 'onCreated' })
  expect(created.map(e => e.payload)).toEqual([expect.objectContaining({ chatId: CHAT, bizId: 'REC-1', existing: true, opened: true })])
  expect(await host.groups()).toHaveLength(1)
})

test('a client that refuses the link card still jumps, once without it', async ({ host }) => {
  await host.open({ locale: 'en-US', wecom: 'sim', wecomFail: 'card' })
  await host.load(NAME, SLOT_A, { bizId: 'REC-2', defaultSelected: [PEOPLE[1]!.userId, PEOPLE[2]!.userId], linkCard: CARD })
  await host.trigger(SLOT_A).click()
  const dialog = host.dialog()
  await dialog.getByRole('button', { name: /create group/i }).click()
  await expect(dialog.getByRole('status')).toHaveText(/opened|entered/i)
  const jumps = (await host.bridgeCalls()).filter(c => c.name === 'openExistedChatWithMsg')
  expect(jumps.map(j => [Boolean(j.params.msg), j.result.err_msg])).toEqual([
    [true, 'openExistedChatWithMsg:fail_unsupported_msgtype'],
    [false, 'openExistedChatWithMsg:ok'],
  ])
  expect(await host.events({ type: 'onError' })).toEqual([])
})

test('a backend without the optional calls sees no request for them, and the view misleads nobody', async ({ host }) => {
  await host.open({ locale: 'en-US', wecomUser: PEOPLE[5]!.userId })
  await host.seedGroup(GROUP)
  await host.load(NAME, SLOT_A, { bizId: 'REC-1', existingChatId: CHAT })
  await host.trigger(SLOT_A).click()
  const dialog = host.dialog()
  await expect(dialog.getByText(/if you are not in it, ask the owner to add you/)).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Join group chat' })).toHaveCount(0)
  await expect(dialog.getByRole('button', { name: 'Add people' })).toHaveCount(0)
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Create another group chat' }).click()
  await dialog.getByRole('checkbox', { name: PEOPLE[1]!.name }).check()
  await dialog.getByRole('checkbox', { name: PEOPLE[2]!.name }).check()
  await dialog.getByRole('button', { name: /create group/i }).click()
  await expect(dialog.getByRole('status')).toHaveText(/Group chat created/)
  const seen = (await host.requests()).map(r => r.call)
  expect(seen).toEqual(['create'])
})

test('in a browser (zh-CN): a join that timed out asks for a plain retry and promises no second join', async ({ host }) => {
  await host.open({ locale: 'zh-CN', wecomUser: PEOPLE[5]!.userId })
  await host.seedGroup(GROUP)
  await host.load(NAME, SLOT_A, { bizId: 'REC-1', existingChatId: CHAT, endpoints: ENDPOINTS, timeoutMs: 1500 })
  await host.page.locator(SLOT_A).getByRole('button').first().click()
  const dialog = host.page.getByRole('dialog')
  await host.setKnobs({ fail: [{ call: 'members', mode: { kind: 'timeout' }, times: 1 }] })
  await dialog.getByRole('button', { name: '加入群聊' }).click()
  const alert = dialog.getByRole('alert')
  await expect(alert).toHaveText(/^没能加入群聊。服务器太久没有回应。请稍后重试。你可能已经在群里了：重试不会重复加入。（请求编号 \w+）$/)
  await expect(alert).not.toContainText('创建群聊')
  await shoot(host.page, 'record-join-timeout-zh-CN')
})
