import type { Ref } from 'vue'

/**
 * One Tab stop for a whole list (WAI-ARIA's roving tabindex): only row `active` is tabbable; the
 * arrow keys, Home/End and PageUp/PageDown move focus between rows, skipping disabled ones.
 */
export function useRovingFocus(options: {
  active: Ref<number>
  count: () => number
  disabled: (index: number) => boolean
  pageRows: () => number
  /** Renders row `index` (a virtual list may not have it yet) and focuses it. */
  focus: (index: number) => Promise<void> | void
}) {
  const { active, count, disabled } = options

  /** The nearest enabled row from `index` in direction `step`, or -1. */
  function enabled(index: number, step: 1 | -1): number {
    for (let i = index; i >= 0 && i < count(); i += step) {
      if (!disabled(i))
        return i
    }
    return -1
  }

  /** After the list changes: the first enabled row holds the Tab stop. */
  function restart() {
    active.value = Math.max(0, enabled(0, 1))
  }

  async function moveTo(index: number, step: 1 | -1) {
    const clamped = Math.min(count() - 1, Math.max(0, index))
    const ahead = enabled(clamped, step)
    const target = ahead >= 0 ? ahead : enabled(clamped, step === 1 ? -1 : 1)
    if (target < 0)
      return
    active.value = target
    await options.focus(target)
  }

  const moves: Record<string, (from: number) => [number, 1 | -1]> = {
    ArrowDown: from => [from + 1, 1],
    ArrowUp: from => [from - 1, -1],
    Home: () => [0, 1],
    End: () => [count() - 1, -1],
    PageDown: from => [from + options.pageRows(), 1],
    PageUp: from => [from - options.pageRows(), -1],
  }

  function onKeydown(event: KeyboardEvent) {
    const move = moves[event.key]
    if (!move || event.altKey || event.ctrlKey || event.metaKey)
      return
    event.preventDefault()
    void moveTo(...move(active.value))
  }

  /** A row focused by a click or by the screen reader's own cursor becomes the Tab stop. */
  function onFocusin(event: FocusEvent) {
    const index = Number((event.target as HTMLElement).dataset.index)
    if (!Number.isNaN(index))
      active.value = index
  }

  /** ArrowDown from the search box: into the list, at its Tab stop. */
  const enter = () => moveTo(active.value, 1)

  return { onKeydown, onFocusin, enter, restart }
}
