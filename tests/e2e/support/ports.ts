import { execFileSync } from 'node:child_process'

/**
 * The ports the end-to-end run serves on. Each comes from its environment variable when set (to
 * pin them, e.g. to look at a page by hand), else from the operating system: a port nothing listens
 * on. The choice is written back into `process.env`, so Playwright's workers and the web servers it
 * starts (which inherit the runner's environment) agree on the same ports; the config runs again in
 * every worker and then finds them set.
 */
export const PORT_VARIABLES = {
  /** The relative-base build, the entry every spec uses by default. */
  app: 'E2E_APP_PORT',
  /** The same files from another origin (`localhost`), under a sub-path. */
  subpath: 'E2E_SUBPATH_PORT',
  /** A second build made with an absolute `--base`. */
  absolute: 'E2E_ABSOLUTE_PORT',
  /** The example host portals' dev server. */
  host: 'E2E_HOST_PORT',
  /** The module's own dev server (`npm run dev`). */
  dev: 'E2E_DEV_PORT',
} as const

export type PortName = keyof typeof PORT_VARIABLES

/** Asks the OS for `count` free ports at once (all held open until every one is known, so they differ). */
function freePorts(count: number): number[] {
  const script = `
    const net = require('node:net')
    const servers = Array.from({ length: ${count} }, () => net.createServer())
    Promise.all(servers.map(s => new Promise(r => s.listen(0, '127.0.0.1', () => r(s.address().port)))))
      .then(ports => { console.log(ports.join(' ')); servers.forEach(s => s.close()) })`
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(' ').map(Number)
}

function resolvePorts(): Record<PortName, number> {
  const names = Object.keys(PORT_VARIABLES) as PortName[]
  const missing = names.filter(name => !process.env[PORT_VARIABLES[name]])
  const found = missing.length ? freePorts(missing.length) : []
  missing.forEach((name, i) => { process.env[PORT_VARIABLES[name]] = String(found[i]) })
  return Object.fromEntries(names.map(name => [name, Number(process.env[PORT_VARIABLES[name]])])) as Record<PortName, number>
}

export const PORTS = resolvePorts()
