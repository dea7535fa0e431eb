// Node 20 cannot run TypeScript: Vite's module runner transpiles bench/main.ts and runs it.
import { runnerImport } from 'vite'

await runnerImport(new URL('./main.ts', import.meta.url).pathname)
