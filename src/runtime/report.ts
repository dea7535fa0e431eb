import type { GroupChatAppProps, GroupCreated, MembersAdded } from '@/contract'
import type { GroupChatFailure } from '@/failures/failure'
import type { Translate } from '@/i18n'
import { describeFailure } from '@/failures/words'

export type HostCallbacks = Pick<GroupChatAppProps, 'onCreated' | 'onError' | 'onClose' | 'onAuthExpired' | 'onMembersAdded'>

/** Everything the host hears goes through here, with the exactly-once rules in this one place. */
export interface Reporter {
  /**
   * Once per group, whatever happens after (a later jump, an unmount). `to`: the callbacks of the
   * record the create was sent for, when the host has moved to another record since (keep-alive).
   */
  created: (group: GroupCreated, to?: HostCallbacks) => void
  /** Once per failure; an aborted one (an unmount) never. */
  error: (failure: GroupChatFailure, to?: HostCallbacks) => void
  membersAdded: (result: MembersAdded) => void
  /** A host's mistakes in props: each once while it lasts, again only after it was fixed and came back. */
  problems: (list: readonly GroupChatFailure[]) => void
  authExpired: () => void
  closed: () => void
}

/**
 * `callbacks` is read at each call, so an `update(props)` that replaces a callback is honoured, and
 * a report that lands after unmount (a create that was in flight) still reaches the last ones.
 */
export function createReporter(callbacks: () => HostCallbacks, t: () => Translate): Reporter {
  const groups = new Set<string>()
  const failures = new WeakSet<GroupChatFailure>()
  let problemKeys = new Set<string>()

  function error(failure: GroupChatFailure, to = callbacks()) {
    if (failure.aborted || failures.has(failure))
      return
    failures.add(failure)
    // What a person reads has no API names or raw client reasons; a developer sees them here.
    if (import.meta.env.DEV)
      console.warn(`[wecom-group-chat] ${failure.code}: ${failure.key}`, failure.params, failure.cause ?? '')
    callHost(to.onError, describeFailure(failure, t()))
  }

  return {
    created(group, to = callbacks()) {
      if (groups.has(group.chatId))
        return
      groups.add(group.chatId)
      callHost(to.onCreated, { ...group, peopleList: [...group.peopleList] })
    },
    error,
    membersAdded: result => callHost(callbacks().onMembersAdded, { ...result, added: [...result.added] }),
    problems(list) {
      const now = new Set<string>()
      for (const problem of list) {
        const key = `${problem.key}:${JSON.stringify(problem.params)}`
        now.add(key)
        if (!problemKeys.has(key))
          error(problem)
      }
      problemKeys = now
    },
    authExpired: () => callHost(callbacks().onAuthExpired),
    closed: () => callHost(callbacks().onClose),
  }
}

/** Runs a host callback so that a throwing host can never break our flow. */
function callHost<A extends unknown[]>(fn: ((...args: A) => unknown) | undefined, ...args: A): void {
  if (typeof fn !== 'function')
    return
  try {
    const result = fn(...args)
    if (result && typeof (result as Promise<unknown>).catch === 'function')
      (result as Promise<unknown>).catch(() => {})
  }
  catch {
    // A host callback's own bug is the host's to see in its own code, not a reason to lose our state.
  }
}
