import type { Ref } from 'vue'
import { computed, nextTick, ref } from 'vue'

/**
 * Renders only the rows in view (plus a few either side), so 10,000 candidates cost as much as 20.
 * Rows have a fixed height; the viewport's height is read once it exists.
 */
export function useVirtualList<T>(items: Ref<readonly T[]>, options: { rowHeight: number, overscan?: number, fallbackHeight?: number }) {
  const { rowHeight, overscan = 6, fallbackHeight = 360 } = options
  const viewport = ref<HTMLElement | null>(null)
  const scrollTop = ref(0)
  const height = ref(fallbackHeight)

  const range = computed(() => {
    const first = Math.max(0, Math.floor(scrollTop.value / rowHeight) - overscan)
    const last = Math.min(items.value.length, Math.ceil((scrollTop.value + height.value) / rowHeight) + overscan)
    return { first, last }
  })
  const visible = computed(() => {
    const { first, last } = range.value
    return items.value.slice(first, last).map((item, i) => ({ item, index: first + i }))
  })
  const totalHeight = computed(() => items.value.length * rowHeight)

  function onScroll() {
    const el = viewport.value
    if (!el)
      return
    scrollTop.value = el.scrollTop
    if (el.clientHeight)
      height.value = el.clientHeight
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

  return { viewport, visible, totalHeight, onScroll, reveal, toTop }
}
