// Mutation testing (make mutation): Stryker changes the code that decides what users get
// (the lifecycle, the request rules and their validation, the typed client) one mutant at
// a time and runs the in-process suites against each (vitest.mutation.config.ts). A mutant
// no test notices is a behaviour the suite does not pin down. Results: test/mutation/RESULTS.md.
// A run of some suites only (MUTATION_SUITES, vitest.mutation.config.ts) reports apart.
const reports = process.env.MUTATION_SUITES ? `reports/mutation/${process.env.MUTATION_SUITES.replaceAll(',', '+')}` : 'reports/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/lifecycle/**/*.ts',
    // The capability table's rule code; pricing, the models endpoint and the output ratio
    // of image-to-video are not request rules.
    'src/capabilities/*.ts',
    '!src/capabilities/{pricing,models-endpoint,input-images,nearest-aspect-ratio}.ts',
    'src/server/stages/request-rules.ts',
    'src/server/stages/validate-request.ts',
    'src/server/stages/read-body.ts',
    'src/client/**/*.ts',
    '!src/**/index.ts',
  ],
  // Two cores: one worker per core at most (MUTATION_CONCURRENCY=1 leaves one free).
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  // Reuses the last run's verdicts for mutants whose code and tests did not change.
  incremental: true,
  incrementalFile: `${reports}/stryker-incremental.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: 85 },
  // A static mutant (a module-level constant such as a rule's message form) is run against
  // every test, which is 40% of the run for 10% of the mutants; they are reported as
  // ignored. The message forms are pinned by test/capabilities and the fuzzer's oracle.
  ignoreStatic: true,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 5_000,
};
