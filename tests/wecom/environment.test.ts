import { describe, expect, it } from 'vitest'
import { compareVersions, detectEnvironment, signUrl } from '@/wecom/environment'

describe('environment detection (injectable navigator)', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0) wxwork/4.1.30 MicroMessenger/7.0.1', { environment: 'wecom', version: '4.1.30', canOpenChat: true }],
    ['Mozilla/5.0 (iPhone) wxWork/3.1.8 MicroMessenger/7.0.1', { environment: 'wecom', version: '3.1.8', canOpenChat: true }],
    ['Mozilla/5.0 (Android) wxwork/3.1.7 MicroMessenger/7.0.1', { environment: 'wecom', version: '3.1.7', canOpenChat: false }],
    ['Mozilla/5.0 (iPhone) MicroMessenger/8.0.47', { environment: 'wechat', canOpenChat: false }],
    ['Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0', { environment: 'browser', canOpenChat: false }],
  ])('%s', (userAgent, expected) => {
    expect(detectEnvironment({ userAgent })).toEqual(expected)
  })

  it('compares versions numerically', () => {
    expect(compareVersions('3.1.10', '3.1.8')).toBe(1)
    expect(compareVersions('3.1', '3.1.0')).toBe(0)
    expect(compareVersions('2.9.99', '3.0')).toBe(-1)
  })

  it('signs the URL without its hash', () => {
    expect(signUrl('https://a.example/p?x=1#/r/2?y=3')).toBe('https://a.example/p?x=1')
  })
})
