/**
 * The one door to @wecom/jssdk. It is loaded by dynamic import, so a browser outside WeCom never
 * downloads it (it decides "inside WeCom" once, at import, from the user agent). What we make of
 * it (signing, the contact picker) travels in the same lazy chunk: src/wecom/jssdk-chunk.ts.
 */

export interface SignatureData {
  timestamp: string | number
  nonceStr: string
  signature: string
}

export interface SdkRegistration {
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
 * @param page the page WeCom signs, when it is not our own window (see src/wecom/jssdk-chunk.ts).
 */
export async function loadWeComSdk(page?: Pick<Location, 'href'>): Promise<WeComSdk> {
  return (await import('./jssdk-chunk')).createWeComSdk(page)
}
