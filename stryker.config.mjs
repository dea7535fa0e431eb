// Mutation testing of src/ with the unit suite (`npm run test:mutation`). Slow (many minutes on
// two cores: about 25 minutes for src/stores alone), so it is not part of CI; run it before a release
// and read reports/mutation/index.html. A part of it: `npm run test:mutation -- --mutate 'src/stores/**'`,
// or single lines: `--mutate src/runtime/props.ts:64-64`.
export default {
  testRunner: 'vitest',
  // The tests import src through the @/ alias, which vitest's related-file search does not follow.
  vitest: { configFile: 'vitest.config.ts', related: false },
  mutate: ['src/**/*.ts', 'src/**/*.vue', '!src/**/*.d.ts', '!src/i18n/*.ts'],
  // Only the tests that cover a mutant run against it.
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Mutants in module-level code would need the whole suite each; they are few and slow.
  ignoreStatic: true,
  // Results are reused across runs: only changed code and tests are mutated again.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: 'node_modules/.stryker-tmp',
  cleanTempDir: 'always',
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  timeoutMS: 5_000,
  thresholds: { high: 80, low: 60, break: null },
}
