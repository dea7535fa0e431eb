import { describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'
import { useRovingFocus } from '@/composables/useRovingFocus'

/** Ten rows, row 3 disabled, a page of four. */
function roving() {
  const active = ref(0)
  const focus = vi.fn()
  const roving = useRovingFocus({ active, count: () => 10, disabled: i => i === 3, pageRows: () => 4, focus })
  const press = (key: string, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init })
    roving.onKeydown(event)
    return event
  }
  return { ...roving, active, focus, press }
}

describe('useRovingFocus', () => {
  it('moves with the arrows, skipping a disabled row', () => {
    const { active, press } = roving()
    active.value = 2
    expect(press('ArrowDown').defaultPrevented).toBe(true)
    expect(active.value).toBe(4)
  })

  it.each(['altKey', 'ctrlKey', 'metaKey'] as const)('leaves %s + arrow keys to the browser', (modifier) => {
    const { active, focus, press } = roving()
    active.value = 1
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown'])
      expect(press(key, { [modifier]: true }).defaultPrevented).toBe(false)
    expect(active.value).toBe(1)
    expect(focus).not.toHaveBeenCalled()
  })

  it('a row focused by a click becomes the Tab stop; focus elsewhere in the list leaves it', () => {
    const { active, onFocusin } = roving()
    const row = document.createElement('label')
    row.dataset.index = '7'
    onFocusin({ target: row } as unknown as FocusEvent)
    expect(active.value).toBe(7)
    onFocusin({ target: document.createElement('button') } as unknown as FocusEvent)
    expect(active.value).toBe(7)
  })

  it('PageDown and PageUp move one page of rows', () => {
    const { active, press } = roving()
    active.value = 4
    press('PageDown')
    expect(active.value).toBe(8)
    press('PageUp')
    expect(active.value).toBe(4)
  })
})
