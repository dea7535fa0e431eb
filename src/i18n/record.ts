import type { Locale } from '@/contract'

/**
 * The record's group texts (join, add people, one group per record: docs/backend-guide.md). They
 * travel in the RecordGroup chunk, which only a record that has a group fetches, so the language
 * files every page loads stay small. Both languages: a few hundred bytes, and no second request.
 * `registerMessages` (src/i18n/index.ts) makes them part of the one `t()`.
 */
const zhCN = {
  'record.name': '这条记录的群聊',
  'record.more': '等 {count} 人',
  'record.youIn': '你在这个群里。',
  'record.youOut': '你还不在这个群里。',
  'record.whereIn': '在企业微信的“消息”列表中搜索“{name}”即可找到它。',
  'record.whereOut': '加入后，它会出现在你企业微信的“消息”列表中。',
  'record.whereOutNoJoin': '请群主或群成员在企业微信中把你拉进群，之后它会出现在你的“消息”列表中。',
  'record.unknown': '群成员可以在企业微信的“消息”列表中找到它；如果你不在群里，请群主把你拉进群。',
  'record.loading': '正在读取群聊信息…',
  'record.loadFailed': '暂时读不到这个群聊的详情，仍可以尝试打开它。',
  'record.join': '加入群聊',
  'record.joining': '正在加入群聊…',
  'record.joined': '你已加入群聊。',
  'record.addPeople': '添加成员',
  'record.addTitle': '向群聊添加成员',
  'record.adding': '正在添加成员…',
  'record.added': '已添加 {count} 位成员。',
  'record.addConfirm': '添加 {count} 人',
  'record.addCancel': '返回',
  'record.inGroupTag': '已在群里',
  'record.addNone': '请勾选要添加的人。',
  'record.addCap': '群聊最多 {max} 人：已有 {count} 人，最多还能添加 {left} 人。',
  'record.joinFailed': '没能加入群聊。',
  'record.addFailed': '没能添加成员。',
  'record.openFailed': '没能打开这个群聊：你可能不在群里，或者群聊已解散。',
  'record.openFailedJoin': '可以先加入群聊再打开，也可以新建一个群聊。',
  'record.openFailedNoJoin': '可以请群主把你拉进群，也可以新建一个群聊。',
  'record.answered': '同事刚刚建好了这条记录的群聊，没有再建新群。',
} as const

export type RecordMessageKey = keyof typeof zhCN

export const recordMessages: Record<Locale, Record<RecordMessageKey, string>> = {
  'zh-CN': zhCN,
  'en-US': {
    'record.name': 'This record’s group chat',
    'record.more': 'and {count} more',
    'record.youIn': 'You are in this group.',
    'record.youOut': 'You are not in this group yet.',
    'record.whereIn': 'In WeCom, search your chat list for “{name}” to find it.',
    'record.whereOut': 'Once you join, it appears in your chat list in WeCom.',
    'record.whereOutNoJoin': 'Ask the owner or a member to add you in WeCom; it then appears in your chat list.',
    'record.unknown': 'Its members find it in their chat list in WeCom; if you are not in it, ask the owner to add you.',
    'record.loading': 'Reading the group chat…',
    'record.loadFailed': 'The group chat’s details cannot be read right now; you can still try to open it.',
    'record.join': 'Join group chat',
    'record.joining': 'Joining the group chat…',
    'record.joined': 'You joined the group chat.',
    'record.addPeople': 'Add people',
    'record.addTitle': 'Add people to the group chat',
    'record.adding': 'Adding people…',
    'record.added': '{count} people added.',
    'record.addConfirm': 'Add {count}',
    'record.addCancel': 'Back',
    'record.inGroupTag': 'In the group',
    'record.addNone': 'Tick the people to add.',
    'record.addCap': 'A group holds at most {max} people: it has {count}, so up to {left} more can be added.',
    'record.joinFailed': 'Could not join the group chat.',
    'record.addFailed': 'Could not add the people.',
    'record.openFailed': 'Could not open this group chat: you may not be in it, or it was dissolved.',
    'record.openFailedJoin': 'Join it first and then open it, or create a new group chat.',
    'record.openFailedNoJoin': 'Ask the owner to add you, or create a new group chat.',
    'record.answered': 'A colleague has just created this record’s group chat, so no new group was made.',
  },
}
