import { afterEach, describe, expect, it, vi } from 'vitest'
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

  it('a page (PageUp/PageDown) is one screenful of rows, less one kept for context', async () => {
    const { pageRows, viewport: el, stop } = list(50)
    el.value = viewport(10 * ROW)
    await nextTick()
    expect(pageRows.value).toBe(9)
    el.value = viewport(ROW / 2)
    await nextTick()
    expect(pageRows.value).toBe(1)
    stop()
  })

  it('follows its viewport\'s height, and stops watching it when the viewport goes', async () => {
    const observers: { observe: ReturnType<typeof vi.fn>, disconnect: ReturnType<typeof vi.fn>, resize: () => void }[] = []
    vi.stubGlobal('ResizeObserver', class {
      observe = vi.fn()
      disconnect = vi.fn()
      constructor(public resize: () => void) {
        observers.push(this)
      }
    })
    let height = 10 * ROW
    const el = document.createElement('div')
    Object.defineProperty(el, 'clientHeight', { get: () => height })
    const { pageRows, viewport: slot, stop } = list(50)
    slot.value = el
    await nextTick()
    height = 20 * ROW
    observers[0]?.resize()
    expect(pageRows.value).toBe(19)
    slot.value = null
    await nextTick()
    expect(observers[0]?.disconnect).toHaveBeenCalledOnce()
    stop()
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
})
