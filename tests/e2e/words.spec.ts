/**
 * Words for people (issue 13), in both languages, for every failure the mock can make: each WeCom
 * code it knows on create, 401, 500, a timeout, an unreadable answer, and inside the simulated
 * WeCom client a rejected signature, a stale ticket and a bridge that never answers. Each alert is a
 * sentence with the next step, then the backend's words as it sent them and a code (or request
 * number) to quote; no API names, HTTP jargon or field names outside the backend's own quoted words.
 */
import type { HostQuery } from './support/host'
import { WECOM_WORDS } from '../../mock/create-rules'
import { demoCandidates } from '../../mock/demo-candidates'
import { expect, SLOT_A, test } from './support/host'
import { shoot } from './support/shots'

const NAME = 'wecom-group-chat-words'
const PEOPLE = demoCandidates(6)
const JARGON = /HTTP|openExistedChatWithMsg|agentConfig|signature|jsapi|errMsg|chatId|userId|requestId|undefined|null|\[object|status code/i

interface Case { title: string, query: HostQuery, code: RegExp, timeoutMs?: number }

const CASES: Case[] = [
  ...Object.keys(WECOM_WORDS).map(code => ({ title: `create:${code}`, query: { mockFail: `create:${code}` }, code: new RegExp(`(错误码|Error code) ${code}[）)]`) })),
  { title: 'create:401', query: { mockFail: 'create:401' }, code: /(错误码|Error code) 401/ },
  { title: 'create:500', query: { mockFail: 'create:500' }, code: /(错误码 500，请求编号|Error code 500, request) \w+/ },
  { title: 'create:timeout', query: { mockFail: 'create:timeout' }, code: /(请求编号|Request) \w+/, timeoutMs: 1500 },
  { title: 'create:malformed', query: { mockFail: 'create:malformed' }, code: /(请求编号|Request) \w+/ },
  { title: 'the client rejects every signature', query: { wecom: 'sim', wecomFail: 'signature' }, code: /(错误码|Error code) 40093/ },
  { title: 'agent:badticket', query: { wecom: 'sim', mockFail: 'agent:badticket' }, code: /(错误码|Error code) 40093/ },
  { title: 'the bridge never answers', query: { wecom: 'sim', wecomBridge: 'never' }, code: /(错误码|Error code) sdk-config/, timeoutMs: 1500 },
]

for (const locale of ['zh-CN', 'en-US'] as const) {
  for (const c of CASES) {
    test(`${c.title} (${locale}): a sentence, the next step, the backend's words, a code; no jargon`, async ({ host, page }) => {
      await host.open({ locale, ...c.query })
      await host.load(NAME, SLOT_A, { owner: PEOPLE[0]!.userId, defaultSelected: [PEOPLE[1]!.userId], ...(c.timeoutMs ? { timeoutMs: c.timeoutMs } : {}) })
      await page.locator(SLOT_A).getByRole('button').first().click()
      const dialog = page.getByRole('dialog')
      await dialog.getByRole('button', { name: locale === 'zh-CN' ? '创建群聊' : 'Create group' }).click()
      const alert = dialog.getByRole('alert')
      await expect(alert).toHaveText(c.code, { timeout: 15_000 })
      const text = await alert.innerText()
      // The backend's own words come quoted, verbatim; everything else is ours and must be plain.
      const ours = text.replace(/[“"][^”"]*[”"]/g, '')
      expect(ours, text).not.toMatch(JARGON)
      if (locale === 'zh-CN')
        expect(ours, text).toMatch(/^[\u4E00-\u9FFF]/)
      else
        expect(ours, text).toMatch(/^[A-Z]/)
      // A WeCom refusal keeps the backend's words beside ours.
      const said = WECOM_WORDS[Number(c.title.replace('create:', ''))]
      if (said)
        expect(text).toContain(said)
      if (c.title === 'create:86006' || c.title === 'agent:badticket')
        await shoot(page, `words-${c.title.replace(/\W+/g, '-')}-${locale}`)
    })
  }
}
