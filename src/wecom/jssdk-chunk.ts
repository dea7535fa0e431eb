import type { WeComSdk } from './sdk'
// Only what we call, so the lazy chunk carries the parts of @wecom/jssdk we use and not all of it.
import * as ww from '@wecom/jssdk'
import { signUrl } from './environment'

export const JS_API_LIST = ['openExistedChatWithMsg', 'selectEnterpriseContact'] as const

/**
 * @param page the page WeCom signs, when it is not our own window: under an iframe host the SDK
 *   (which reads its own realm's `location`) would ask to sign the frame's URL; the top page's is
 *   signed instead, read at the moment of signing.
 */
export function createWeComSdk(page?: Pick<Location, 'href'>): WeComSdk {
  return {
    register({ corpId, agentId, getConfigSignature: config, getAgentConfigSignature: agent }) {
      const getConfigSignature = page ? () => config(signUrl(page.href)) : config
      const getAgentConfigSignature = page ? () => agent(signUrl(page.href)) : agent
      // `register()` starts signing at once and drops that promise, so a bad signature would become
      // an unhandled rejection in the host page (docs/troubleshooting.md). The SDK keeps a reference to the options
      // object: register it without signers, so nothing starts, then hand the signers over and let
      // our own, handled, `ensureAgentConfigReady()` call start the signing.
      const options: Parameters<typeof ww.register>[0] = {
        corpId,
        agentId,
        jsApiList: [...JS_API_LIST],
      }
      ww.register(options)
      options.getConfigSignature = getConfigSignature
      options.getAgentConfigSignature = getAgentConfigSignature
    },
    ensureAgentConfigReady: () => ww.ensureAgentConfigReady(),
    openExistedChatWithMsg: (chatId, msg) => ww.openExistedChatWithMsg(msg ? { chatId, msg } : { chatId }),
    async selectEnterpriseContact() {
      const res = await ww.selectEnterpriseContact({
        fromDepartmentId: -1,
        mode: ww.SelectEnterpriseContactMode.multi,
        type: [ww.SelectEnterpriseContactType.user],
      })
      const users = (res as { result?: { userList?: { id?: unknown, name?: unknown }[] } }).result?.userList ?? []
      return users
        .filter(u => typeof u.id === 'string' && u.id !== '')
        .map(u => ({ userId: u.id as string, name: typeof u.name === 'string' && u.name ? u.name : u.id as string }))
    },
  }
}
