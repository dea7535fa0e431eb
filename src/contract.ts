/**
 * The interfaces a host portal relies on (docs/host-guide.md). Hosts import these types to write
 * `loadMicroApp<GroupChatAppProps>(...)`; `npm run build:types` publishes them.
 */

/** A person the user may pick. */
export interface Candidate {
  userId: string
  name: string
  department?: string
  avatar?: string
  /** More words search matches besides name, department and userId: aliases, employee numbers. */
  keywords?: readonly string[]
}

export type Locale = 'zh-CN' | 'en-US'

/** Where the module runs: the WeCom client, personal WeChat (cannot open WeCom chats) or a browser. */
export type Environment = 'wecom' | 'wechat' | 'browser'

/** Failures before any group exists: `chatId` is never set. */
export type GroupChatFailureCode = 'invalid-props' | 'network' | 'timeout' | 'auth' | 'backend'
/** Failures around the WeCom client: `chatId` is set when a group exists (always, for `unsupported-client`). */
export type GroupChatClientCode = 'sdk-config' | 'open-chat' | 'unsupported-client'
export type GroupChatErrorCode = GroupChatFailureCode | GroupChatClientCode

interface ErrorBase<C extends GroupChatErrorCode> {
  code: C
  /** A translated sentence a person understands, saying what to do next. */
  message: string
}

/**
 * One shape for every failure, shared by the UI and `onError`. Narrow on `code` to see whether a
 * group exists: `if (e.code === 'open-chat' && e.chatId) …`.
 */
export type GroupChatError =
  | (ErrorBase<GroupChatFailureCode> & { chatId?: never })
  /** Signing or the jump failed; `chatId` is the group's when one was created (or is the record's). */
  | (ErrorBase<'sdk-config' | 'open-chat'> & { chatId?: string })
  /** The group exists; this WeCom client is too old to jump into it. */
  | (ErrorBase<'unsupported-client'> & { chatId: string })

/** What `onCreated` receives once the backend has created the group. */
export interface GroupCreated {
  chatId: string
  bizId: string
  peopleList: string[]
  /** The group's name; empty when WeCom names it. */
  name: string
  /** True when the WeCom client jumped into the chat. */
  opened: boolean
  environment: Environment
  /** True when the backend answered with the record's group that already existed: no new group was made. */
  existing?: true
}

/** Inside WeCom, the jump opens the chat with this card of the record ready to send. */
export interface LinkCard {
  title: string
  desc?: string
  /** @default linkUrl */
  url?: string
  imgUrl?: string
}

/** What `onMembersAdded` receives: people the backend added to the record's group. */
export interface MembersAdded {
  chatId: string
  bizId: string
  /** The userIds the backend added. */
  added: string[]
  /** True when the user joined the group. */
  self: boolean
}

export interface Endpoints {
  /** @default '/wecom/jssdk/config-signature' */
  configSignature?: string
  /** @default '/wecom/jssdk/agent-signature' */
  agentSignature?: string
  /** @default '/wecom/group-chats' */
  createGroup?: string
  /** Off unless given: `GET` the record's group, a path with `{chatId}`, e.g. '/wecom/group-chats/{chatId}'. */
  groupInfo?: string
  /** Off unless given: `POST` people into the record's group, e.g. '/wecom/group-chats/{chatId}/members'. */
  addMembers?: string
}

export interface GroupChatAppProps {
  /** The business record the group is for; sent to the backend as `id`. */
  bizId: string
  /** The people the user may pick from, or a loader for them. */
  candidates: readonly Candidate[] | (() => Promise<readonly Candidate[]>)
  /** userIds ticked when the dialog opens. @default [] */
  defaultSelected?: readonly string[]
  /** Suggested group name. @default '' */
  defaultGroupName?: string
  /** userId of the group owner, when the host knows it. */
  owner?: string
  /** The record already has a group: the trigger opens it instead of creating one. */
  existingChatId?: string
  /** Host-controlled visibility; when absent the module renders its own trigger button. */
  open?: boolean
  /** Base URL of the existing backend. @default '/api' */
  apiBaseUrl?: string
  /** Paths under `apiBaseUrl`. */
  endpoints?: Endpoints
  /** Called before every request, so a refreshed token is always used. */
  getHeaders?: () => Record<string, string> | Promise<Record<string, string>>
  /** The page the group's first message links back to. @default location.href */
  linkUrl?: string
  /** Language of every visible text. @default 'zh-CN' */
  locale?: Locale
  /** Overrides the corpid the signature response carries. */
  corpId?: string
  /** Overrides the agentid the signature response carries. */
  agentId?: string
  /** A host that owns the WeCom JS-SDK passes its own jump; the module then never registers the SDK. */
  openChat?: (chatId: string) => void | Promise<void>
  /** Inside WeCom, the jump opens the chat with this link card ready to send (clients that refuse it get the plain jump). */
  linkCard?: LinkCard
  /** People were added to the record's group (the user joined it when `self` is true). */
  onMembersAdded?: (result: MembersAdded) => void
  /** How long one backend request, or the candidates loader, may take before it fails as `timeout`, in ms. @default 10000 */
  timeoutMs?: number
  onCreated?: (result: GroupCreated) => void
  onClose?: () => void
  onError?: (error: GroupChatError) => void
  onAuthExpired?: () => void
}
