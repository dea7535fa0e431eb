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

  it('each key lands on the nearest enabled row in its own direction, never outside the list', () => {
    const disabled = new Set([0, 3, 8, 9])
    const active = ref(0)
    const focus = vi.fn()
    const { onKeydown } = useRovingFocus({ active, count: () => 10, disabled: i => disabled.has(i), pageRows: () => 4, focus })
    const landing = (from: number, key: string) => {
      active.value = from
      onKeydown(new KeyboardEvent('keydown', { key, cancelable: true }))
      return active.value
    }
    expect(landing(4, 'ArrowUp')).toBe(2)
    expect(landing(1, 'ArrowUp')).toBe(1)
    expect(landing(7, 'PageUp')).toBe(2)
    expect(landing(7, 'ArrowDown')).toBe(7)
    expect(landing(6, 'PageDown')).toBe(7)
    expect(landing(5, 'End')).toBe(7)
    expect(landing(5, 'Home')).toBe(1)
  })

  it('with every row disabled, no key moves the Tab stop or focuses anything', () => {
    const active = ref(2)
    const focus = vi.fn()
    const { onKeydown } = useRovingFocus({ active, count: () => 5, disabled: () => true, pageRows: () => 4, focus })
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'])
      onKeydown(new KeyboardEvent('keydown', { key, cancelable: true }))
    expect(active.value).toBe(2)
    expect(focus).not.toHaveBeenCalled()
  })
})
