import { newRequestId } from './requestId'

/** What is picked for one press of Create; its hash, never the userIds, is what gets stored. */
export interface GroupChoice {
  peopleList: readonly string[]
  name: string
  owner?: string
}

export interface PendingRequests {
  /** The requestId for this choice: the one whose outcome is still unknown, else a fresh one. */
  requestIdFor: (choice: GroupChoice) => string
  /** The outcome is unknown (timeout, lost connection, 5xx): the next press of this choice retries it. */
  keep: (choice: GroupChoice, requestId: string, forBizId?: string) => void
  /** A definite outcome: a later press is a new request. `forBizId`: the record it was sent for, if the host moved since. */
  clear: (choice: GroupChoice, forBizId?: string) => void
}

const PREFIX = 'wecom-group-chat:pending:'

/**
 * The requestId of a press whose outcome is unknown, kept so that pressing Create again, even after
 * a page reload, sends the same one and can never make a second group (docs/backend-guide.md). It lives in
 * `sessionStorage` (this tab only) under the app name, the bizId and a hash of the choice; storage
 * that throws (private mode, sandboxed iframes) leaves it in memory for the page's life.
 * @param storage @default globalThis.sessionStorage
 */
export function createPendingRequests(appName: string, bizId: () => string, storage: () => Storage | undefined = () => globalThis.sessionStorage): PendingRequests {
  const memory = new Map<string, string>()
  const keyOf = (choice: GroupChoice, id = bizId()) =>
    `${PREFIX}${appName}:${id}:${hashChoice(choice)}`

  const tryStorage = <T>(use: (s: Storage) => T): T | undefined => {
    try {
      const s = storage()
      return s ? use(s) : undefined
    }
    catch {
      return undefined
    }
  }

  return {
    requestIdFor(choice) {
      const key = keyOf(choice)
      const stored = tryStorage(s => s.getItem(key))
      return memory.get(key) ?? (stored && /^[0-9a-z]{32}$/i.test(stored) ? stored : newRequestId())
    },
    keep(choice, requestId, forBizId) {
      const key = keyOf(choice, forBizId)
      memory.set(key, requestId)
      tryStorage(s => s.setItem(key, requestId))
    },
    clear(choice, forBizId) {
      const key = keyOf(choice, forBizId)
      memory.delete(key)
      tryStorage(s => s.removeItem(key))
    },
  }
}

/** The same people (in any order), name and owner give the same hash; 64 bits, hex. */
export function hashChoice({ peopleList, name, owner }: GroupChoice): string {
  const text = JSON.stringify([[...new Set(peopleList)].sort(), name, owner ?? ''])
  // Two 32-bit FNV-1a lanes with different seeds: not for secrecy, only so no userId is stored in clear.
  let a = 0x811C9DC5
  let b = 0x01000193 ^ 0x5BD1E995
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5BD1E995)
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0')
}
