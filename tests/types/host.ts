// Compiled by `npm run test:types` against the installed tarball (types/contract.d.ts), as a host
// would use them: a correct loadMicroApp call compiles, and each wrong prop must be an error.
import type { GroupChatAppProps, GroupChatError, GroupCreated } from 'wecom-group-chat/types'
import { loadMicroApp } from 'qiankun'

const props: GroupChatAppProps = {
  bizId: 'ORDER-42',
  candidates: async () => [{ userId: 'zhangsan', name: '张三', department: '销售部' }],
  owner: 'zhangsan',
  locale: 'en-US',
  getHeaders: async () => ({ Authorization: 'Bearer t' }),
  onCreated: (r: GroupCreated) => void r.chatId.toUpperCase(),
  onError: (e: GroupChatError) => void e.code,
}

export const app = loadMicroApp<GroupChatAppProps>({
  name: 'wecom-group-chat-42',
  entry: 'https://cdn.example.com/wecom-group-chat/',
  container: '#chat',
  props,
})

export const wrongType = loadMicroApp<GroupChatAppProps>({
  name: 'x',
  entry: '/',
  container: '#chat',
  // @ts-expect-error bizId is a string
  props: { bizId: 42, candidates: [] },
})

export const wrongLocale: GroupChatAppProps = {
  bizId: '1',
  candidates: [],
  // @ts-expect-error only zh-CN and en-US
  locale: 'fr-FR',
}

export const unknownProp: GroupChatAppProps = {
  bizId: '1',
  candidates: [],
  // @ts-expect-error not a prop
  onCreate: () => {},
}

// @ts-expect-error candidates is required
export const missing: GroupChatAppProps = { bizId: '1' }
