import { describe, expect, it } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useVirtualList } from '@/composables/useVirtualList'

const ROW = 44

function list(count: number) {
  const scope = effectScope()
  const items = ref(Array.from({ length: count }, (_, i) => i))
  const virtualList = scope.run(() => useVirtualList(items, { rowHeight: ROW, overscan: 2 }))!
  return { ...virtualList, items, stop: () => scope.stop() }
}

/** A viewport element whose layout height the test decides (jsdom has no layout). */
function viewport(height: number): HTMLElement {
  const el = document.createElement('div')
  Object.defineProperty(el, 'clientHeight', { configurable: true, get: () => height })
  return el
}

describe('useVirtualList', () => {
  it('renders every row up to 500', () => {
    const { visible, virtual, stop } = list(500)
    expect(virtual.value).toBe(false)
    expect(visible.value).toHaveLength(500)
    stop()
  })

  it('above 500, renders what its viewport shows, measured from the element itself', async () => {
    const { visible, viewport: el, stop } = list(10_000)
    el.value = viewport(10 * ROW)
    await nextTick()
    // 10 rows in view plus 2 of overscan below (none above at the top).
    expect(visible.value).toHaveLength(12)
    el.value = viewport(20 * ROW)
    await nextTick()
    expect(visible.value).toHaveLength(22)
    stop()
  })
})
