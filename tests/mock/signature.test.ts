import { describe, expect, it } from 'vitest'
import { sha1Hex } from '../../mock/sha1'
import { jsapiSignature, urlWithoutHash } from '../../mock/signature'

describe('sha1Hex', () => {
  it('matches the FIPS 180 examples', () => {
    expect(sha1Hex('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709')
    expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d')
    expect(sha1Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))
      .toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1')
  })

  it('hashes the UTF-8 bytes of the text', () => {
    expect(sha1Hex('企业微信')).toBe('c1983c6d12b70de5dce7b67d14acdf608d0302ac')
    expect(sha1Hex('😀')).toBe('9c533688a979a858cbd6a43c9f91aba624651f18')
  })

  it('pads correctly around the 55/56/64-byte block edges and over many blocks', () => {
    expect(sha1Hex('a'.repeat(55))).toBe('c1c8bbdc22796e28c0e15163d20899b65621d65a')
    expect(sha1Hex('a'.repeat(56))).toBe('c2db330f6083854c99d4b5bfb6e8f29f201be699')
    expect(sha1Hex('a'.repeat(64))).toBe('0098ba824b5c16427bd7a1122a5a442a25ec644d')
    expect(sha1Hex('x'.repeat(1000))).toBe('c3efa690fa3fdd2e2526853eed670538ea127638')
  })
})

describe('jsapiSignature', () => {
  it('reproduces WeCom\'s own example', () => {
    expect(jsapiSignature({
      ticket: 'sM4AOVdWfPE4DxkXGEs8VMCPGGVi4C3VM0P37wVUCFvkVAy_90u5h9nbSlYy3-Sl-HhTdfl2fzFy1AOcHKP7qg',
      nonceStr: 'Wm3WZYTPz0wzccnW',
      timestamp: 1414587457,
      url: 'http://mp.weixin.qq.com?params=value',
    })).toBe('0f9de62fce790f9a083d5c99e95740ceb90c27ed')
  })

  const page = 'https://app.example.com/wecom/group/new?from=menu&ids=a%2Cb#/confirm'
  const common = { nonceStr: 'n0nce123', timestamp: '1700000000' }

  it('signs the page without its hash, with the corp and the agent ticket', () => {
    const url = urlWithoutHash(page)
    expect(url).toBe('https://app.example.com/wecom/group/new?from=menu&ids=a%2Cb')
    expect(jsapiSignature({ ...common, ticket: 'CORP_JSAPI_TICKET_EXAMPLE', url }))
      .toBe('5958c1c36ba62c4bc7bbcd76e7adf771a179c19e')
    expect(jsapiSignature({ ...common, ticket: 'AGENT_JSAPI_TICKET_EXAMPLE', url }))
      .toBe('17d240abbde4d4498412287ad5852ae00ed39348')
  })

  it('gives a different (wrong) value when the hash is kept or the URL is encoded', () => {
    const ticket = 'AGENT_JSAPI_TICKET_EXAMPLE'
    const right = jsapiSignature({ ...common, ticket, url: urlWithoutHash(page) })
    expect(jsapiSignature({ ...common, ticket, url: page })).not.toBe(right)
    expect(jsapiSignature({ ...common, ticket, url: encodeURIComponent(urlWithoutHash(page)) })).not.toBe(right)
  })

  it('treats a numeric and a string timestamp alike', () => {
    const url = 'https://app.example.com/'
    expect(jsapiSignature({ ticket: 't', nonceStr: 'n', timestamp: 1700000000, url }))
      .toBe(jsapiSignature({ ticket: 't', nonceStr: 'n', timestamp: '1700000000', url }))
  })
})

describe('urlWithoutHash', () => {
  it('cuts at the first #, and leaves a URL without one as it is', () => {
    expect(urlWithoutHash('http://a.test/x?y=1#/p#q')).toBe('http://a.test/x?y=1')
    expect(urlWithoutHash('http://a.test/x?y=1')).toBe('http://a.test/x?y=1')
    expect(urlWithoutHash('http://a.test/#')).toBe('http://a.test/')
  })
})
