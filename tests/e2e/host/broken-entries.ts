import type { Plugin } from 'vite'

const BROKEN_ENTRY = '/__e2e__/missing-script/'
const MISSING = '/__e2e__/missing/'

/**
 * Test fixture, not part of the integration example: broken copies of the module's entry, served
 * by the host's dev server, so tests can check that a load failure reaches qiankun.
 *
 * `/__e2e__/missing-script/` is the built `index.html` with its entry script pointing at a file
 * that answers 404 (as when the app is built with the wrong `--base`, or the CDN lost a file); its
 * stylesheet still loads. A host loading it must see `mountPromise` reject, not hang.
 */
/** @param UPSTREAM_ENTRY where the built module is served (playwright.config.ts starts it). */
export function brokenEntries(UPSTREAM_ENTRY: string): Plugin {
  return {
    name: 'e2e-host:broken-entries',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? ''
        if (path.startsWith(MISSING)) {
          res.statusCode = 404
          res.setHeader('Access-Control-Allow-Origin', '*')
          res.end('Not found')
          return
        }
        if (path !== BROKEN_ENTRY) {
          next()
          return
        }
        try {
          const upstream = await fetch(UPSTREAM_ENTRY)
          if (!upstream.ok)
            throw new Error(`${UPSTREAM_ENTRY} answered HTTP ${upstream.status}`)
          const html = await upstream.text()
          const origin = `http://${req.headers.host ?? '127.0.0.1'}`
          // Every JS file the entry imports now points at a 404; the CSS link still reaches the build.
          const broken = html
            .replace(/(?:https?:\/\/[^'"\s]+\/|\.\/)(?:assets\/)?([^/'"\s]+\.js)/g, (_, file: string) => `${origin}${MISSING}${file}`)
            .replace(/href="\.\//g, `href="${UPSTREAM_ENTRY}`)
          if (broken === html)
            throw new Error('no script URL found in the upstream entry')
          res.setHeader('Content-Type', 'text/html; charset=utf-8')
          res.setHeader('Access-Control-Allow-Origin', '*')
          res.end(broken)
        }
        catch (error) {
          res.statusCode = 502
          res.end(`broken-entries: ${String(error)}`)
        }
      })
    },
  }
}
