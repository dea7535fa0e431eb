// Fails when the committed host types (types/contract.d.ts, what `wecom-group-chat/types` resolves
// to) are not what src/contract.ts generates today. Fix: `npm run build:types` and commit types/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const COMMITTED = 'types/contract.d.ts'
const out = mkdtempSync(join(tmpdir(), 'wgc-types-'))
try {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json', '--outDir', out], { stdio: 'inherit' })
  const fresh = readFileSync(join(out, 'contract.d.ts'), 'utf8')
  let committed = ''
  try {
    committed = readFileSync(COMMITTED, 'utf8')
  }
  catch {}
  if (fresh !== committed) {
    console.error(`${COMMITTED} is not what src/contract.ts generates: run \`npm run build:types\` and commit types/.`)
    process.exit(1)
  }
  console.log(`${COMMITTED}: current with src/contract.ts`)
}
finally {
  rmSync(out, { recursive: true, force: true })
}
