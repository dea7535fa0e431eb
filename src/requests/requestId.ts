const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** 32 characters of [0-9a-zA-Z]: usable as WeCom's `chatid`, so a repeated create can never make a second group. */
export function newRequestId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = b => crypto.getRandomValues(b)): string {
  // 248 = 4 × 62: rejecting bytes at or above it keeps every character equally likely.
  let id = ''
  while (id.length < 32) {
    for (const byte of random(new Uint8Array(48))) {
      if (byte < 248 && id.length < 32)
        id += ALPHABET[byte % 62]
    }
  }
  return id
}
