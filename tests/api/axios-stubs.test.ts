import axios from 'axios'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createBackendClient } from '@/api/client'
import { useMockBackend } from '../helpers/backend'

// The unit tests build axios as the bundle does (build/axios-xhr-only.ts): every client test
// (tests/api/client.test.ts: headers, query, JSON bodies, 401, 5xx, timeout, abort) runs through
// the stubbed axios. These pin what the stubs rely on.
const { backend, server } = useMockBackend()
const PAGE = 'http://localhost:3000/records/42?tab=chat&q=a b#top'
const api = (settings = {}) => createBackendClient({ settings: () => settings, signal: new AbortController().signal, retryDelays: [] })

describe('axios with its unreached parts left out', () => {
  it('is the stubbed axios: the form-data walker and the XSRF cookie reader are not there', () => {
    expect(() => axios.toFormData({ a: 1 })).toThrow(/not bundled/)
    expect(() => axios.formToJSON(new FormData())).toThrow(/not bundled/)
  })

  it('sends a create\'s body as JSON even when the host\'s headers name a form', async () => {
    const client = api({ getHeaders: () => ({ 'content-type': 'application/x-www-form-urlencoded', 'X-Tenant': 't1' }) })
    await client.createGroup({ id: 'REC-1', peopleList: ['zhangsan', 'lisi'], url: PAGE, requestId: 'b'.repeat(32) })
    const create = backend.requests[0]!
    expect(create.headers['content-type']).toBe('application/json')
    expect(create.headers['x-tenant']).toBe('t1')
    expect(create.body).toMatchObject({ id: 'REC-1', peopleList: ['zhangsan', 'lisi'], requestId: 'b'.repeat(32) })
  })

  it('sends the page\'s URL as the query, whole, also after an endpoint\'s own query', async () => {
    const seen: string[] = []
    server.use(http.get('*/api/sign', ({ request }) => {
      seen.push(new URL(request.url).search)
      return HttpResponse.json({ code: 0, data: { corpid: 'c', agentid: '1', timestamp: 1, nonceStr: 'n', signature: 's' } })
    }))
    await api({ endpoints: { agentSignature: '/sign?kind=agent' } }).agentSignature(PAGE).catch(() => {})
    const query = new URLSearchParams(seen[0])
    expect(query.get('kind')).toBe('agent')
    expect(query.get('url')).toBe(PAGE)
    await api().configSignature(PAGE)
    expect(backend.requests.at(-1)?.query.url).toBe(PAGE)
  })
})
