/**
 * The fixed identity of the dev/test tenant. Nothing here is a real credential: the mock backend
 * signs with these tickets and the client simulator checks against them.
 */
export const MOCK_CORP_ID = 'ww5f3c0dmock0corp'
export const MOCK_AGENT_ID = '1000002'

/** What `get_jsapi_ticket` would return: signs `wx.config` (`preVerifyJSAPI`). */
export const MOCK_CORP_TICKET = 'sM4AOVdWfPE4DxkXGEs8VM-mock-corp-ticket'

/** What `ticket/get?type=agent_config` would return: signs `agentConfig`. */
export const MOCK_AGENT_TICKET = 'kgt8ON7yVITDhtdwci0qeW-mock-agent-ticket'

/** A stale agent ticket, to model a backend whose cache outlived the ticket. */
export const WRONG_AGENT_TICKET = 'kgt8ON7yVITDhtdwci0qeW-stale-agent-ticket'

/** A stale corp ticket, for the same failure on `wx.config`. */
export const WRONG_CORP_TICKET = 'sM4AOVdWfPE4DxkXGEs8VM-stale-corp-ticket'
