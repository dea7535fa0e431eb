import { describe, expect, it } from 'vitest'
import { newRequestId } from '@/requests/requestId'

describe('requestId', () => {
  it('is 32 characters of [0-9a-zA-Z], fresh each time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newRequestId()))
    expect(ids.size).toBe(200)
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-zA-Z]{32}$/)
  })

  it('rejects bytes of 248 and above, so every character is equally likely', () => {
    // 248..255 would map onto '0'..'7' a fifth time more often; they must be skipped, not folded.
    let call = 0
    const id = newRequestId((bytes) => {
      bytes.fill(call === 0 ? 250 : 61)
      if (call++ === 0)
        bytes[0] = 1
      return bytes
    })
    expect(id).toBe(`1${'Z'.repeat(31)}`)
  })
})
