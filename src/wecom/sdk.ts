/**
 * The one door to @wecom/jssdk. It is loaded by dynamic import, so a browser outside WeCom never
 * downloads it (it decides "inside WeCom" once, at import, from the user agent).
 */
import { signUrl } from './environment'

const JS_API_LIST = ['openExistedChatWithMsg', 'selectEnterpriseContact'] as const

interface SignatureData {
  timestamp: string | number
  nonceStr: string
  signature: string
}

interface SdkRegistration {
  corpId: string
  agentId: string
  getConfigSignature: (url: string) => Promise<SignatureData>
  getAgentConfigSignature: (url: string) => Promise<SignatureData>
}

/** The message `openExistedChatWithMsg` opens the chat with: a link card (PC/Mac 4.0.2+, phones 3.1.8+). */
export interface ChatMessage {
  msgtype: 'link'
  link: { title: string, desc?: string, url: string, imgUrl?: string }
}

export interface SelectedContact { userId: string, name: string }

export interface WeComSdk {
  /** Registers the app; signing starts only when `ensureAgentConfigReady` is called. */
  register: (registration: SdkRegistration) => void
  ensureAgentConfigReady: () => Promise<unknown>
  openExistedChatWithMsg: (chatId: string, msg?: ChatMessage) => Promise<unknown>
  selectEnterpriseContact: () => Promise<SelectedContact[]>
}

/**
 * @param page the page WeCom signs, when it is not our own window: under an iframe host the SDK
 *   (which reads its own realm's `location`) would ask to sign the frame's URL; the top page's is
 *   signed instead, read at the moment of signing.
 */
export async function loadWeComSdk(page?: Pick<Location, 'href'>): Promise<WeComSdk> {
  const ww = await import('./jssdk-chunk')
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
