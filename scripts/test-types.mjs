// `npm run test:types`: what a host gets from a release. Builds dist/ without --base and packs
// the module (`npm pack`, as its prepack would), checks the tarball carries the relative-base build and the
// types, unpacks it into a scratch host's node_modules as npm would (offline: no registry), and
// type-checks the host sample (tests/types/host.ts) against `wecom-group-chat/types` from there.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const scratch = mkdtempSync(join(tmpdir(), 'wgc-scratch-host-'))
const fail = (message) => {
  console.error(`test:types: ${message}`)
  process.exit(1)
}

try {
  // prepack's build, run here so its output stays out of `npm pack --json`.
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }))
  const { filename, files } = packed[0]
  const paths = files.map(f => f.path)
  for (const needed of ['types/contract.d.ts', 'dist/index.html', 'package.json', 'README.md'])
    if (!paths.includes(needed))
      fail(`the tarball lacks ${needed}`)
  if (paths.some(p => p.startsWith('src/') || p.startsWith('mock/') || p.startsWith('tests/')))
    fail('the tarball carries sources or mocks')

  // What `npm install <tarball>` puts in node_modules, without asking a registry for dependencies.
  const installed = join(scratch, 'node_modules', 'wecom-group-chat')
  mkdirSync(installed, { recursive: true })
  execFileSync('tar', ['-xzf', join(scratch, filename), '-C', installed, '--strip-components=1'])
  const html = readFileSync(join(installed, 'dist', 'index.html'), 'utf8')
  if (!html.includes('"./assets/'))
    fail('dist/index.html in the tarball is not the relative-base build')
  // The host's own dependency (qiankun, for loadMicroApp's types), as the host would have it.
  symlinkSync(join(root, 'node_modules', 'qiankun'), join(scratch, 'node_modules', 'qiankun'), 'dir')

  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch-host', private: true, type: 'module' }, null, 2))
  copyFileSync(join(root, 'tests', 'types', 'host.ts'), join(scratch, 'host.ts'))
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: true, lib: ['ES2022', 'DOM'], types: [] },
    files: ['host.ts'],
  }, null, 2))
  if (!existsSync(join(installed, 'types', 'contract.d.ts')))
    fail('the unpacked package has no types/contract.d.ts')
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(scratch, 'tsconfig.json')], { cwd: scratch, stdio: 'inherit' })
  console.log(`test:types: ${filename} installed into a scratch host; the host sample compiles against wecom-group-chat/types`)
}
catch (error) {
  fail(error.message)
}
finally {
  rmSync(scratch, { recursive: true, force: true })
}
