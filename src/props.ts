import type { Candidate, GroupChatAppProps, Locale } from './contract'
import { GroupChatFailure } from './errors'
import { isLocale } from './i18n'

/** Props after defaults and checks; what the rest of the module reads. */
export interface ResolvedProps extends Omit<GroupChatAppProps, 'candidates' | 'locale' | 'defaultSelected' | 'defaultGroupName'> {
  /** A checked list, or the host's loader (checked when it answers). */
  candidates: Candidate[] | (() => Promise<Candidate[]>)
  locale: Locale
  defaultSelected: string[]
  defaultGroupName: string
}

export interface PropsCheck {
  props: ResolvedProps
  /** Each becomes one visible message and one `onError`. */
  problems: GroupChatFailure[]
  /** Nothing can be created: only the message is shown. */
  fatal: boolean
}

const invalid = (key: ConstructorParameters<typeof GroupChatFailure>[1], params = {}) =>
  new GroupChatFailure('invalid-props', key, params)

/**
 * Checks what a host passed, where it enters. Never throws: a host's mistake becomes a message
 * inside our container, not an exception in the host.
 */
export function checkProps(raw: unknown): PropsCheck {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
  const problems: GroupChatFailure[] = []
  let fatal = false
  const read = (key: string): unknown => {
    try {
      return input[key]
    }
    catch {
      return undefined
    }
  }

  const locale = read('locale')
  if (locale !== undefined && !isLocale(locale))
    problems.push(invalid('error.invalidProps.locale', { locale: String(locale) }))

  const bizId = read('bizId')
  if (typeof bizId !== 'string' || bizId.trim() === '') {
    problems.push(invalid('error.invalidProps.bizId'))
    fatal = true
  }

  let candidates: ResolvedProps['candidates'] = []
  const rawCandidates = read('candidates')
  if (typeof rawCandidates === 'function') {
    candidates = rawCandidates as () => Promise<Candidate[]>
  }
  else {
    const checked = checkCandidates(rawCandidates)
    if (checked instanceof GroupChatFailure) {
      problems.push(checked)
      fatal = true
    }
    else {
      candidates = checked.list
      problems.push(...checked.problems)
    }
  }

  const strings = (value: unknown) => Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  const optionalString = (key: string) => {
    const value = read(key)
    return typeof value === 'string' && value !== '' ? value : undefined
  }
  const fn = <F>(key: string) => {
    const value = read(key)
    return typeof value === 'function' ? value as F : undefined
  }
  const endpoints = read('endpoints')
  const open = read('open')
  const timeoutMs = read('timeoutMs')
  const groupName = read('defaultGroupName')
  const agentId = read('agentId')

  return {
    problems,
    fatal,
    props: {
      bizId: typeof bizId === 'string' ? bizId : '',
      candidates,
      locale: isLocale(locale) ? locale : 'zh-CN',
      defaultSelected: strings(read('defaultSelected')),
      defaultGroupName: typeof groupName === 'string' ? groupName : '',
      owner: optionalString('owner'),
      existingChatId: optionalString('existingChatId'),
      open: typeof open === 'boolean' ? open : undefined,
      apiBaseUrl: optionalString('apiBaseUrl'),
      endpoints: endpoints && typeof endpoints === 'object' ? endpoints as ResolvedProps['endpoints'] : undefined,
      getHeaders: fn('getHeaders'),
      linkUrl: optionalString('linkUrl'),
      corpId: optionalString('corpId'),
      agentId: agentId !== undefined && agentId !== '' ? String(agentId) : undefined,
      openChat: fn('openChat'),
      timeoutMs: typeof timeoutMs === 'number' && timeoutMs > 0 ? timeoutMs : undefined,
      onCreated: fn('onCreated'),
      onClose: fn('onClose'),
      onError: fn('onError'),
      onAuthExpired: fn('onAuthExpired'),
    },
  }
}

export interface CheckedCandidates {
  list: Candidate[]
  /** Duplicates are collapsed (first wins) and reported; the rest of the list stays usable. */
  problems: GroupChatFailure[]
}

/** Checks a candidate list from props or from a loader. */
export function checkCandidates(value: unknown): CheckedCandidates | GroupChatFailure {
  if (!Array.isArray(value))
    return invalid('error.invalidProps.candidates')
  const seen = new Set<string>()
  const list: Candidate[] = []
  const duplicates: string[] = []
  for (const [index, item] of value.entries()) {
    const c = item as Partial<Candidate> | null
    if (!c || typeof c !== 'object' || typeof c.userId !== 'string' || c.userId === '' || typeof c.name !== 'string')
      return invalid('error.invalidProps.candidate', { index: index + 1 })
    if (seen.has(c.userId)) {
      duplicates.push(c.userId)
      continue
    }
    seen.add(c.userId)
    list.push({
      userId: c.userId,
      name: c.name || c.userId,
      ...(typeof c.department === 'string' && c.department ? { department: c.department } : {}),
      ...(typeof c.avatar === 'string' && c.avatar ? { avatar: c.avatar } : {}),
      ...(Array.isArray(c.keywords) ? { keywords: c.keywords.filter(k => typeof k === 'string' && k !== '') } : {}),
    })
  }
  const problems = duplicates.length
    ? [invalid('error.invalidProps.duplicate', { userId: [...new Set(duplicates)].join(', ') })]
    : []
  return { list, problems }
}
