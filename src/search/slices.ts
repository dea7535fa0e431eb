/**
 * Long work over 100,000 people (indexing them, a first pinyin scan) runs in slices of a few
 * milliseconds with the page given a turn in between, so typing and painting never wait for it.
 */

/** About one slice of work, in ms: well under the 50 ms that makes a long task. */
export const SLICE_MS = 8
/** Items done between two looks at the clock. */
const STEP = 256

type Scheduler = { postTask?: (task: () => void) => Promise<void> }

/**
 * Gives the page a turn: the next slice is an ordinary task (`scheduler.postTask` where the browser
 * has it, else a timer), queued behind input, painting and the host's own tasks. Not
 * `scheduler.yield()`: its continuations jump the queue and can hold a frame back for 100 ms.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler
  return typeof scheduler?.postTask === 'function' ? scheduler.postTask(() => {}) : new Promise(resolve => setTimeout(resolve, 0))
}

export interface SliceOptions {
  budgetMs?: number
  /** Asked after every pause: true stops the work (a newer list or query, an unmount). */
  cancelled?: () => boolean
  pause?: () => Promise<void>
  /** Items done between two looks at the clock. */
  step?: number
}

/**
 * Runs `each` over `items` from `start`, for about `budgetMs`, and returns where it stopped
 * (`items.length` when done). Synchronous: one slice.
 */
export function oneSlice<T>(items: readonly T[], start: number, each: (item: T) => void, budgetMs = SLICE_MS, step = STEP): number {
  const until = performance.now() + budgetMs
  let i = start
  do {
    const end = Math.min(i + step, items.length)
    for (; i < end; i++) each(items[i] as T)
  } while (i < items.length && performance.now() < until)
  return i
}

/**
 * Runs `each` over all `items`, slice by slice, the page given a turn between slices; the first
 * slice runs at once. Resolves true when done, false when `cancelled()` stopped it.
 */
export async function inSlices<T>(items: readonly T[], each: (item: T) => void, { budgetMs = SLICE_MS, cancelled = () => false, pause = yieldToPage, step = STEP }: SliceOptions = {}): Promise<boolean> {
  let i = oneSlice(items, 0, each, budgetMs, step)
  while (i < items.length) {
    await pause()
    if (cancelled())
      return false
    i = oneSlice(items, i, each, budgetMs, step)
  }
  return true
}
