// Fails when anything of the dev-only mocks reaches the production build (docs/local-development.md):
// the mock tenant's tickets, MSW, the simulator, the demo people.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const FORBIDDEN = [
  ['MSW', /mockServiceWorker|msw\/|setupWorker/],
  ['mock tenant', /ww5f3c0dmock0corp|mock-corp-ticket|mock-agent-ticket|stale-agent-ticket/],
  ['WeCom simulator', /data-wecom-sim-notice|installWeComSimulator|WeCom: opened chat/],
  ['demo people', /DEMO-2026-0042|销售一部|客户成功部/],
]

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

const found = []
for (const file of files(process.argv[2] ?? 'dist')) {
  const text = readFileSync(file, 'utf8')
  for (const [what, pattern] of FORBIDDEN) {
    if (pattern.test(text))
      found.push(`${file}: ${what}`)
  }
}
if (found.length) {
  console.error(`dev-only code in the production build:\n${found.join('\n')}`)
  process.exit(1)
}
console.log('dist: no mocks, no MSW, no simulator, no demo people')
