import { GroupChatFailure } from './errors'

/**
 * Settles with `onTimeout()`'s error when `promise` has not settled within `ms`, and at once with
 * an aborted failure when `signal` fires (an unmount): no timer outlives the instance.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error, signal?: AbortSignal): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  let onAbort: (() => void) | undefined
  const guard = new Promise<never>((_, reject) => {
    if (signal?.aborted)
      return reject(aborted())
    timer = setTimeout(() => reject(onTimeout()), ms)
    onAbort = () => reject(aborted())
    signal?.addEventListener('abort', onAbort, { once: true })
  })
  return Promise.race([promise, guard]).finally(() => {
    clearTimeout(timer)
    if (onAbort)
      signal?.removeEventListener('abort', onAbort)
  })
}

function aborted(): GroupChatFailure {
  return new GroupChatFailure('network', 'error.network', {}, { aborted: true })
}
