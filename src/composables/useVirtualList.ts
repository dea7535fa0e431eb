import type { Ref } from 'vue'
import { computed, nextTick, ref, watch } from 'vue'

/** docs/host-guide.md: up to this many rows are all rendered, so screen readers and find-in-page reach everyone. */
const WHOLE_UP_TO = 500

/**
 * Fixed-height rows. Up to `wholeUpTo` items every row is rendered; above that only the rows in
 * view (plus a few either side) and row `keep` (the one holding focus, so scrolling it out of view
 * never drops focus to <body>): 10,000 people then cost as much as 20.
 */
export function useVirtualList<T>(items: Ref<readonly T[]>, options: { rowHeight: number, keep?: Ref<number>, wholeUpTo?: number, overscan?: number }) {
  const { rowHeight, keep, wholeUpTo = WHOLE_UP_TO, overscan = 6 } = options
  const viewport = ref<HTMLElement | null>(null)
  const scrollTop = ref(0)
  const measured = ref(0)
  /** The viewport's own height, followed as the dialog resizes; before its first layout, a window's worth. */
  const height = computed(() => measured.value || globalThis.innerHeight || 0)
  watch(viewport, (el, _, onCleanup) => {
    if (!el)
      return
    measured.value = el.clientHeight
    if (typeof ResizeObserver === 'undefined')
      return
    const observer = new ResizeObserver(() => (measured.value = el.clientHeight))
    observer.observe(el)
    onCleanup(() => observer.disconnect())
  })

  const virtual = computed(() => items.value.length > wholeUpTo)
  const visible = computed(() => {
    const list = items.value
    if (!virtual.value)
      return list.map((item, index) => ({ item, index }))
    const first = Math.max(0, Math.floor(scrollTop.value / rowHeight) - overscan)
    const last = Math.min(list.length, Math.ceil((scrollTop.value + height.value) / rowHeight) + overscan)
    const rows = list.slice(first, last).map((item, i) => ({ item, index: first + i }))
    const kept = keep?.value ?? -1
    const item = list[kept]
    if (item !== undefined && (kept < first || kept >= last))
      rows.push({ item, index: kept })
    return rows
  })
  const totalHeight = computed(() => items.value.length * rowHeight)
  /** Rows in one screenful, for PageUp / PageDown. */
  const pageRows = computed(() => Math.max(1, Math.floor(height.value / rowHeight) - 1))

  function onScroll() {
    const el = viewport.value
    if (!el)
      return
    scrollTop.value = el.scrollTop
  }

  /** Brings row `index` into view and waits for it to render. */
  async function reveal(index: number) {
    const el = viewport.value
    if (!el)
      return
    const top = index * rowHeight
    if (top < el.scrollTop)
      el.scrollTop = top
    else if (top + rowHeight > el.scrollTop + el.clientHeight)
      el.scrollTop = top + rowHeight - el.clientHeight
    onScroll()
    await nextTick()
  }

  function toTop() {
    if (viewport.value)
      viewport.value.scrollTop = 0
    scrollTop.value = 0
  }

  return { viewport, visible, virtual, totalHeight, pageRows, onScroll, reveal, toTop }
}
