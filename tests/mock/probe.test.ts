import { it, expect } from 'vitest'
import { setupServer } from 'msw/node'
import { http, HttpResponse, delay } from 'msw'
import axios from 'axios'
it('probe', async () => {
  console.log('window===globalThis', window === globalThis, location.href, navigator.userAgent)
  const server = setupServer(http.get('*/api/x', async () => { await delay('infinite'); return HttpResponse.json({}) }), http.get('*/api/y', () => HttpResponse.json({ ok: 1 })))
  server.listen({ onUnhandledRequest: 'error' })
  const c = new AbortController()
  const p = fetch('http://127.0.0.1:5555/api/x', { signal: c.signal })
  setTimeout(() => c.abort(), 50)
  await expect(p).rejects.toThrow()
  const r = await axios.get('/api/y')
  console.log('axios', r.data, r.config.adapter)
  server.close()
})
