/** What the backend answers (docs/backend-guide.md), after the envelope is unwrapped and checked. */
export interface ConfigSignature {
  corpid: string
  timestamp: string
  nonceStr: string
  signature: string
}

export interface AgentSignature extends ConfigSignature {
  agentid: string
}

export interface CreateGroupRequest {
  id: string
  peopleList: string[]
  url: string
  name?: string
  owner?: string
  requestId: string
}

/** A create's answer: a new group, or (one group per record) the record's group that already existed. */
export interface CreatedChat {
  chatId: string
  existing: boolean
}

/** The record's group as the backend reads it (`appchat/get`); `isMember`: the signed-in caller is in it. */
export interface GroupInfo {
  chatId: string
  name: string
  owner: string
  members: string[]
  isMember: boolean
}

export interface AddMembersRequest {
  add: string[]
  /** The backend adds the signed-in caller (it knows who that is). */
  self?: boolean
  /** One per press, reused by its retries, so a repeat adds nobody twice. */
  requestId: string
}

export interface Envelope<T> {
  code: number
  data: T
  message?: string
}
