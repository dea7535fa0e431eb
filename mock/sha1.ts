/**
 * SHA-1 (FIPS 180-4) over the UTF-8 bytes of `text`, as lowercase hex.
 *
 * Synchronous on purpose: the mock backend and the client simulator sign inside request handlers
 * and bridge calls, and jsdom has no `crypto.subtle`. Not for security, only to model WeCom.
 */
export function sha1Hex(text: string): string {
  const message = new TextEncoder().encode(text)
  // Room for the message, the 0x80 marker and the 64-bit length, rounded up to 64-byte blocks.
  const paddedLength = Math.ceil((message.length + 9) / 64) * 64
  const padded = new Uint8Array(paddedLength)
  padded.set(message)
  padded[message.length] = 0x80
  const view = new DataView(padded.buffer)
  const bitLength = message.length * 8
  view.setUint32(paddedLength - 8, Math.floor(bitLength / 0x1_0000_0000))
  view.setUint32(paddedLength - 4, bitLength >>> 0)

  const h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
  const w = new Uint32Array(80)
  const word = (i: number): number => w[i] ?? 0

  for (let offset = 0; offset < paddedLength; offset += 64) {
    for (let i = 0; i < 16; i++)
      w[i] = view.getUint32(offset + i * 4)
    for (let i = 16; i < 80; i++)
      w[i] = rotl(word(i - 3) ^ word(i - 8) ^ word(i - 14) ^ word(i - 16), 1)

    let [a = 0, b = 0, c = 0, d = 0, e = 0] = h
    for (let i = 0; i < 80; i++) {
      const [f, k] = round(i, b, c, d)
      const next = (rotl(a, 5) + f + e + k + word(i)) >>> 0
      e = d
      d = c
      c = rotl(b, 30)
      b = a
      a = next
    }
    h[0] = ((h[0] ?? 0) + a) >>> 0
    h[1] = ((h[1] ?? 0) + b) >>> 0
    h[2] = ((h[2] ?? 0) + c) >>> 0
    h[3] = ((h[3] ?? 0) + d) >>> 0
    h[4] = ((h[4] ?? 0) + e) >>> 0
  }
  return h.map(v => v.toString(16).padStart(8, '0')).join('')
}

/** The round function and constant for step `i`. */
function round(i: number, b: number, c: number, d: number): [number, number] {
  if (i < 20)
    return [(b & c) | (~b & d), 0x5A827999]
  if (i < 40)
    return [b ^ c ^ d, 0x6ED9EBA1]
  if (i < 60)
    return [(b & c) | (b & d) | (c & d), 0x8F1BBCDC]
  return [b ^ c ^ d, 0xCA62C1D6]
}

function rotl(x: number, n: number): number {
  return ((x << n) | (x >>> (32 - n))) >>> 0
}
