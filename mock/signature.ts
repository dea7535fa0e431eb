import { sha1Hex } from './sha1'

export interface SignatureInput {
  ticket: string
  nonceStr: string
  timestamp: string | number
  /** The page URL exactly as signed: WeCom wants it without `#fragment` and unencoded. */
  url: string
}

/**
 * WeCom's JS-SDK signature: keys lowercase and in this order, raw values, no encoding.
 * The same formula serves `wx.config` (corp ticket) and `agentConfig` (agent ticket).
 */
export function jsapiSignature({ ticket, nonceStr, timestamp, url }: SignatureInput): string {
  return sha1Hex(`jsapi_ticket=${ticket}&noncestr=${nonceStr}&timestamp=${timestamp}&url=${url}`)
}

/** The URL the client signs: everything before the first `#`. */
export function urlWithoutHash(url: string): string {
  const hash = url.indexOf('#')
  return hash === -1 ? url : url.slice(0, hash)
}
