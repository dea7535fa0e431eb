import type { FrameHost } from '@/hosts/page'
import type { Lifecycles } from '@/runtime/lifecycles'
import { vi } from 'vitest'

/** Lifecycles that only record their calls: what a frame adapter asks of the instance API. */
export function fakeLifecycles() {
  return { mount: vi.fn(async () => {}), update: vi.fn(async () => {}), unmount: vi.fn(async () => {}), bootstrap: vi.fn(async () => {}), instances: new Map() } as unknown as Lifecycles & Record<'mount' | 'update' | 'unmount', ReturnType<typeof vi.fn>>
}

/** A frame host that passes props through and records its disposals. */
export function fakeHost() {
  const dispose = vi.fn<() => void>()
  const host: FrameHost = { options: {}, props: (p, extra) => ({ ...(p as object), ...extra }), dispose }
  return Object.assign(host, { dispose })
}

/** A real iframe's window with a frame framework's globals on it. */
export function frame(extra: Record<string, unknown>): Window & Record<string, unknown> {
  const el = document.createElement('iframe')
  document.body.append(el)
  return Object.assign(el.contentWindow!, extra) as Window & Record<string, unknown>
}
