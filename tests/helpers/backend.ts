import type { MockBackendOptions } from '../../mock/backend'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { createMockBackend } from '../../mock/backend'

/** The mock backend behind MSW for one test file: the real axios client talks to it. */
export function useMockBackend(options: MockBackendOptions = {}) {
  const backend = createMockBackend(options)
  const server = setupServer(...backend.handlers)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    server.resetHandlers()
    backend.reset()
  })
  afterAll(() => server.close())
  return { backend, server }
}
