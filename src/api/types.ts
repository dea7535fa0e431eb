/** What the backend answers (CONTRACT §3), after the envelope is unwrapped and checked. */
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

export interface Envelope<T> {
  code: number
  data: T
  message?: string
}
