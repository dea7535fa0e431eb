import { describe, expect, it } from 'vitest'
import { createPendingRequests, hashChoice } from '@/requests/pendingRequest'
import { fakeStorage } from '../helpers/instance'

const CHOICE = { peopleList: ['zhangsan', 'lisi'], name: '签约跟进', owner: 'zhangsan' }

describe('pending requestIds', () => {
  it('survive a reload for the same app, record and choice (people in any order)', () => {
    const storage = new Map<string, string>()
    const before = createPendingRequests('wecom-group-chat-42', () => 'REC-42', () => fakeStorage(storage))
    const id = before.requestIdFor(CHOICE)
    before.keep(CHOICE, id)
    // A reload: a new instance, the same sessionStorage.
    const after = createPendingRequests('wecom-group-chat-42', () => 'REC-42', () => fakeStorage(storage))
    expect(after.requestIdFor({ ...CHOICE, peopleList: ['lisi', 'zhangsan'] })).toBe(id)
    expect(after.requestIdFor({ ...CHOICE, name: 'other' })).not.toBe(id)
    expect(createPendingRequests('wecom-group-chat-43', () => 'REC-42', () => fakeStorage(storage)).requestIdFor(CHOICE)).not.toBe(id)
    expect(createPendingRequests('wecom-group-chat-42', () => 'REC-43', () => fakeStorage(storage)).requestIdFor(CHOICE)).not.toBe(id)
  })

  it('store no userId or name in clear', () => {
    const storage = new Map<string, string>()
    const pending = createPendingRequests('app', () => 'REC-1', () => fakeStorage(storage))
    pending.keep(CHOICE, pending.requestIdFor(CHOICE))
    const stored = JSON.stringify([...storage])
    expect(stored).not.toMatch(/zhangsan|lisi|签约/)
    expect([...storage.keys()][0]).toBe(`wecom-group-chat:pending:app:REC-1:${hashChoice(CHOICE)}`)
  })

  it('are forgotten on a definite outcome', () => {
    const storage = new Map<string, string>()
    const pending = createPendingRequests('app', () => 'REC-1', () => fakeStorage(storage))
    const id = pending.requestIdFor(CHOICE)
    pending.keep(CHOICE, id)
    pending.clear(CHOICE)
    expect(storage.size).toBe(0)
    expect(pending.requestIdFor(CHOICE)).not.toBe(id)
  })

  it('fall back to memory when storage throws (private mode, sandboxed iframes)', () => {
    const throwing = () => { throw new DOMException('denied', 'SecurityError') }
    const pending = createPendingRequests('app', () => 'REC-1', throwing)
    const id = pending.requestIdFor(CHOICE)
    pending.keep(CHOICE, id)
    expect(pending.requestIdFor(CHOICE)).toBe(id)
    pending.clear(CHOICE)
    expect(pending.requestIdFor(CHOICE)).not.toBe(id)
  })

  it('ignore a stored value that is not a requestId', () => {
    const storage = new Map<string, string>()
    const key = `wecom-group-chat:pending:app:REC-1:${hashChoice(CHOICE)}`
    const id = 'a'.repeat(32)
    for (const junk of ['<script>', `x${id}`, `${id}x`]) {
      storage.set(key, junk)
      expect(createPendingRequests('app', () => 'REC-1', () => fakeStorage(storage)).requestIdFor(CHOICE)).toMatch(/^[0-9a-zA-Z]{32}$/)
    }
    storage.set(key, id)
    expect(createPendingRequests('app', () => 'REC-1', () => fakeStorage(storage)).requestIdFor(CHOICE)).toBe(id)
  })

  it('live in the tab\'s sessionStorage unless told otherwise, under the module\'s own prefix', () => {
    const pending = createPendingRequests('app', () => 'REC-7')
    pending.keep(CHOICE, 'b'.repeat(32))
    try {
      expect(sessionStorage.getItem(`wecom-group-chat:pending:app:REC-7:${hashChoice(CHOICE)}`)).toBe('b'.repeat(32))
      expect(createPendingRequests('app', () => 'REC-7').requestIdFor(CHOICE)).toBe('b'.repeat(32))
    }
    finally {
      sessionStorage.clear()
    }
  })

  it('a changed owner (or other people) after an unknown outcome is a new choice: a new requestId, the old one kept', () => {
    const pending = createPendingRequests('wecom-group-chat', () => 'REC-42', () => fakeStorage(new Map()))
    const id = pending.requestIdFor(CHOICE)
    pending.keep(CHOICE, id)
    expect(pending.requestIdFor({ ...CHOICE, owner: 'lisi' })).not.toBe(id)
    expect(pending.requestIdFor({ ...CHOICE, owner: undefined })).not.toBe(id)
    expect(pending.requestIdFor({ ...CHOICE, peopleList: ['zhangsan', 'wangwu'] })).not.toBe(id)
    expect(pending.requestIdFor(CHOICE)).toBe(id)
  })
})
