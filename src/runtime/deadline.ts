import { GroupChatFailure } from '@/failures/failure'

export interface DeadlineOptions {
  /** How long the task may take. */
  ms: number
  /** The failure a late task rejects with. */
  onTimeout: () => Error
  /** The instance's lifetime: aborting it ends the wait at once with an aborted failure. */
  signal?: AbortSignal
}

/**
 * The one timeout of the module. Runs `task` with a signal that fires when the deadline passes or
 * `signal` aborts (hand it to fetch/axios to cancel the work itself), and settles with the task's
 * outcome, `onTimeout()` or an aborted failure, whichever comes first. No timer outlives it.
 */
export function withDeadline<T>(task: (signal: AbortSignal) => PromiseLike<T> | T, { ms, onTimeout, signal }: DeadlineOptions): Promise<T> {
  const own = new AbortController()
  let stop!: (failure: Error) => void
  const guard = new Promise<never>((_, reject) => {
    stop = (failure) => {
      reject(failure)
      own.abort(failure)
    }
  })
  const onAbort = () => stop(aborted())
  let timer: ReturnType<typeof setTimeout> | undefined
  if (signal?.aborted) {
    stop(aborted())
  }
  else {
    timer = setTimeout(() => stop(onTimeout()), ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  }
  const run = own.signal.aborted ? guard : Promise.resolve().then(() => task(own.signal))
  return Promise.race([run, guard]).finally(() => {
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  })
}

/** Settles with `promise`, or fails after `ms` / when `signal` aborts. */
export function withTimeout<T>(promise: PromiseLike<T>, ms: number, onTimeout: () => Error, signal?: AbortSignal): Promise<T> {
  return withDeadline(() => promise, { ms, onTimeout, signal })
}

/** Waits `ms`; an aborted `signal` ends the wait early with an aborted failure. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return withDeadline(() => new Promise<never>(() => {}), { ms, onTimeout: done, signal }).catch((failure: unknown) => {
    if (failure !== DONE)
      throw failure
  })
}

const DONE = new Error('slept')
const done = () => DONE

export function aborted(cause?: unknown): GroupChatFailure {
  return new GroupChatFailure('network', 'error.network', {}, { aborted: true, cause })
}
