// Serves built copies of the module as a CDN would (with `Access-Control-Allow-Origin: *`), from
// several origins and paths at once, one process for all:
//   node tests/e2e/support/serve-dist.mjs <dir>@<host>:<port><path> ...
// e.g. node_modules/.e2e-dist@127.0.0.1:4601/ node_modules/.e2e-dist@localhost:4811/sub/path/
// A path ending in `/` answers with its index.html, like the entry URL a host is given.
import { createReadStream, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon' }

function serve(dir, prefix) {
  const root = resolve(dir)
  return (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0])
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Cache-Control', 'no-store')
    if (!path.startsWith(prefix)) {
      res.statusCode = 404
      return res.end('not under this prefix')
    }
    let file = normalize(join(root, path.slice(prefix.length)))
    if (!file.startsWith(root)) {
      res.statusCode = 403
      return res.end()
    }
    try {
      if (statSync(file).isDirectory())
        file = join(file, 'index.html')
      statSync(file)
    }
    catch {
      res.statusCode = 404
      return res.end('not found')
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream')
    createReadStream(file).pipe(res)
  }
}

for (const spec of process.argv.slice(2)) {
  const match = /^(.+)@([^:]+):(\d+)(\/.*)$/.exec(spec)
  if (!match)
    throw new Error(`serve-dist: cannot read ${spec}`)
  const [, dir, host, port, prefix] = match
  // `localhost` may be either loopback address to the browser: listen on both.
  const addresses = host === 'localhost' ? ['127.0.0.1', '::1'] : [host]
  for (const address of addresses) {
    const server = createServer(serve(dir, prefix))
    server.on('error', (error) => {
      if (address === '::1')
        return // no IPv6 loopback here
      throw error
    })
    server.listen(Number(port), address)
  }
}
