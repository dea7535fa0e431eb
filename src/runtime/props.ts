import type { Candidate, GroupChatAppProps, LinkCard } from '@/contract'
import { GroupChatFailure } from '@/failures/failure'
import { isLocale } from '@/i18n'

interface Problems {
  /** One visible message and one `onError`; `fatal` when nothing can be created. */
  add: (failure: GroupChatFailure, fatal?: boolean) => void
}
/** Reads what a host passed for one prop and returns what the module uses. */
type Check<T> = (value: unknown, problems: Problems) => T

const invalid = (key: ConstructorParameters<typeof GroupChatFailure>[1], params = {}) =>
  new GroupChatFailure('invalid-props', key, params)

const optionalString: Check<string | undefined> = value => typeof value === 'string' && value !== '' ? value : undefined
/** A wait in milliseconds: a finite number above zero, or the default. */
function positiveMs(value: unknown): number | undefined {
  return Number.isFinite(value) && (value as number) > 0 ? value as number : undefined
}
const NO_PROBLEMS: Problems = { add: () => {} }
const callback = <F>(): Check<F | undefined> => value => typeof value === 'function' ? value as F : undefined

/**
 * Every prop of the contract and how it is read: one table, typed against `GroupChatAppProps`, so
 * a prop added to the contract without its check here is a type error, not a prop silently dropped.
 * Problems are listed in this order.
 */
const CHECKS = {
  locale: (value, problems) => {
    if (value !== undefined && !isLocale(value))
      problems.add(invalid('error.invalidProps.locale', { locale: String(value) }))
    return isLocale(value) ? value : 'zh-CN'
  },
  bizId: (value, problems) => {
    if (typeof value === 'string' && value.trim() !== '')
      return value
    problems.add(invalid('error.invalidProps.bizId'), true)
    return ''
  },
  candidates: (value, problems): readonly Candidate[] | (() => Promise<readonly Candidate[]>) => {
    // A loader is checked when it answers, a long list in the slices that index it (useCandidates).
    if (typeof value === 'function')
      return value as () => Promise<readonly Candidate[]>
    if (Array.isArray(value) && value.length > CHECK_AT_ONCE)
      return value as readonly Candidate[]
    const checked = checkCandidates(value)
    if (checked instanceof GroupChatFailure) {
      problems.add(checked, true)
      return []
    }
    checked.problems.forEach(problem => problems.add(problem))
    return checked.list
  },
  defaultSelected: (value): readonly string[] => Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [],
  defaultGroupName: value => typeof value === 'string' ? value : '',
  owner: optionalString,
  existingChatId: optionalString,
  open: value => typeof value === 'boolean' ? value : undefined,
  apiBaseUrl: optionalString,
  endpoints: (value) => {
    if (!value || typeof value !== 'object')
      return undefined
    const entries = Object.entries(value).filter(([, path]) => typeof path === 'string' && path !== '')
    return Object.fromEntries(entries) as GroupChatAppProps['endpoints']
  },
  getHeaders: callback<GroupChatAppProps['getHeaders']>(),
  linkUrl: optionalString,
  corpId: optionalString,
  agentId: value => value !== undefined && value !== null && value !== '' ? String(value) : undefined,
  openChat: callback<GroupChatAppProps['openChat']>(),
  linkCard: (value): LinkCard | undefined => {
    if (!value || typeof value !== 'object')
      return undefined
    const v = value as Record<string, unknown>
    const title = optionalString(v.title, NO_PROBLEMS)
    if (!title)
      return undefined
    const extra = (['desc', 'url', 'imgUrl'] as const).filter(key => optionalString(v[key], NO_PROBLEMS))
    return { title, ...Object.fromEntries(extra.map(key => [key, v[key]])) }
  },
  onMembersAdded: callback<GroupChatAppProps['onMembersAdded']>(),
  timeoutMs: positiveMs,
  onCreated: callback<GroupChatAppProps['onCreated']>(),
  onClose: callback<GroupChatAppProps['onClose']>(),
  onError: callback<GroupChatAppProps['onError']>(),
  onAuthExpired: callback<GroupChatAppProps['onAuthExpired']>(),
} satisfies { [K in keyof GroupChatAppProps]-?: Check<GroupChatAppProps[K]> }

/** Props after defaults and checks; what the rest of the module reads. */
export type ResolvedProps = { readonly [K in keyof typeof CHECKS]: ReturnType<(typeof CHECKS)[K]> }

export interface PropsCheck {
  props: ResolvedProps
  /** Each becomes one visible message and one `onError`. */
  problems: GroupChatFailure[]
  /** Nothing can be created: only the message is shown. */
  fatal: boolean
}

/**
 * Checks what a host passed, where it enters. Never throws: a host's mistake (even a throwing
 * getter) becomes a message inside our container, not an exception in the host.
 */
export function checkProps(raw: unknown): PropsCheck {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const problems: GroupChatFailure[] = []
  let fatal = false
  const sink: Problems = {
    add(failure, isFatal = false) {
      problems.push(failure)
      fatal ||= isFatal
    },
  }
  const read = (key: string): unknown => {
    try {
      return input[key]
    }
    catch {
      return undefined
    }
  }
  const props = Object.fromEntries(Object.entries(CHECKS).map(([key, check]) =>
    [key, (check as Check<unknown>)(read(key), sink)])) as ResolvedProps
  return { props, problems, fatal }
}

export interface CheckedCandidates {
  /** The host's own array when nothing needed fixing. */
  list: readonly Candidate[]
  /** Duplicates are collapsed (first wins) and reported; the rest of the list stays usable. */
  problems: GroupChatFailure[]
}

/** A candidate that needs no change: it is kept as the host's own object. */
const optional = (v: unknown) => v === undefined || (typeof v === 'string' && v !== '')
function isClean(c: Partial<Candidate>): boolean {
  return c.name !== '' && optional(c.department) && optional(c.avatar)
    && (c.keywords === undefined || (Array.isArray(c.keywords) && c.keywords.every(k => typeof k === 'string' && k !== '')))
}

/**
 * Longer lists are checked person by person in the slices that index them (useCandidates), never
 * inside mount() or update(): 100,000 people would block the page for tens of ms there.
 */
export const CHECK_AT_ONCE = 2000

/**
 * Checks the person at `index` (0-based) of a candidate list: the host's own object when clean, a
 * fixed copy, `null` for a userId already in `seen` (first wins), or the failure that makes the list unusable.
 */
export function checkCandidate(value: unknown, index: number, seen: { has: (userId: string) => boolean, add: (userId: string) => unknown }): Candidate | null | GroupChatFailure {
  const c = value as Partial<Candidate> | null
  if (!c || typeof c !== 'object' || typeof c.userId !== 'string' || c.userId === '' || typeof c.name !== 'string')
    return invalid('error.invalidProps.candidate', { index: index + 1 })
  if (seen.has(c.userId))
    return null
  seen.add(c.userId)
  if (isClean(c))
    return c as Candidate
  return {
    userId: c.userId,
    name: c.name || c.userId,
    ...(typeof c.department === 'string' && c.department ? { department: c.department } : {}),
    ...(typeof c.avatar === 'string' && c.avatar ? { avatar: c.avatar } : {}),
    ...(Array.isArray(c.keywords) ? { keywords: c.keywords.filter(k => typeof k === 'string' && k !== '') } : {}),
  }
}

/** The one problem that names every duplicated userId, or none. */
export const duplicatesProblem = (userIds: Iterable<string>): GroupChatFailure[] => {
  const ids = [...new Set(userIds)]
  return ids.length ? [invalid('error.invalidProps.duplicate', { userId: ids.join(', ') })] : []
}

/**
 * Checks a candidate list from props or from a loader. A clean list (the usual case) is returned
 * as it is, not copied: with 100,000 people a copy of every object blocks the page for 150 ms on
 * every mount and update. Only from the first person needing a fix on is a new list built.
 */
export function checkCandidates(value: unknown): CheckedCandidates | GroupChatFailure {
  if (!Array.isArray(value))
    return invalid('error.invalidProps.candidates')
  const seen = new Set<string>()
  let list: Candidate[] | undefined
  const duplicates: string[] = []
  for (let index = 0; index < value.length; index++) {
    const checked = checkCandidate(value[index], index, seen)
    if (checked instanceof GroupChatFailure)
      return checked
    if (checked !== value[index] && !list)
      list = value.slice(0, index) as Candidate[]
    if (checked === null)
      duplicates.push((value[index] as Candidate).userId)
    else
      list?.push(checked)
  }
  return { list: list ?? value as Candidate[], problems: duplicatesProblem(duplicates) }
}
