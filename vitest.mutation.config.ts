import { defineConfig } from 'vitest/config';
import { packageAliases } from './test/support/examples-install.js';

// The suite Stryker runs against each mutant (stryker.config.mjs): only the in-process
// suites that cover the mutated folders (client, lifecycle, capabilities, the server core's
// request stages) and the fuzzer's rule property run in process (rule-agreement: the
// oracle against the rule function). The rest of the suite (browsers, child processes,
// generated clients) covers none of them. The fuzzers over HTTP cost seconds of setup per
// mutant; MUTATION_SUITES=fuzz runs them (at a fifth of their runs, fixed seed) alone, and
// MUTATION_SUITES=client,server,... some of the folders: what each notices by itself.
export const MUTATION_SUITES = ['client', 'lifecycle', 'capabilities', 'server', 'spec', 'fuzz'];
const DEFAULT_TESTS = [...MUTATION_SUITES.slice(0, -1).map((suite) => `test/${suite}/**/*.test.ts`), 'test/fuzz/rule-agreement.test.ts'];
const suites = process.env.MUTATION_SUITES?.split(',');
const unknown = (suites ?? []).filter((suite) => !MUTATION_SUITES.includes(suite));
if (unknown.length > 0) throw new Error(`MUTATION_SUITES: unknown ${unknown.join(', ')} (one of ${MUTATION_SUITES.join(', ')})`);

export default defineConfig({
  resolve: {
    alias: packageAliases(),
  },
  test: {
    include: suites ? suites.map((suite) => `test/${suite}/**/*.test.ts`) : DEFAULT_TESTS,
    // It reads the sources' text for Node-only APIs, and Stryker's instrumented copies
    // name `process`: a check of the files, not of their behaviour, so nothing to mutate.
    exclude: ['test/client/browser-safety.test.ts'],
    env: { FUZZ_RUNS: '420' },
    globalSetup: ['test/support/temp-dir-guard.ts'],
    // A mutant that makes a job never finish leaves a poll loop waiting: fail it within
    // seconds (a kill) rather than at the suite's 20 s (a slow timeout). Unmutated, no
    // test here takes more than a few seconds.
    testTimeout: 5_000,
    hookTimeout: 10_000,
  },
});
