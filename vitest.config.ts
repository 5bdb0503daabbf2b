import { configDefaults, defineConfig } from 'vitest/config';
import { examplesAliases, examplesInstall, packageAliases } from './test/support/examples-install.js';

// The AI SDK suite imports `ai` 7, which lives in the examples' own install (Node >= 22);
// without it the file is left out and test/real-clients/ai-sdk-install.test.ts says why.
const aiSdk = examplesInstall();

export default defineConfig({
  resolve: {
    // mocks/examples import the package by name, as another repository does (see packageAliases).
    alias: [
      ...packageAliases(),
      ...Object.entries(aiSdk.ready ? examplesAliases() : {}).map(([find, replacement]) => ({ find, replacement })),
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'mocks/examples/**/*.test.ts'],
    // Keep vitest's default exclusions (node_modules: mocks/examples has its own install).
    exclude: [...configDefaults.exclude, ...(aiSdk.ready ? [] : ['test/real-clients/ai-sdk.test.ts'])],
    // Every run must leave the temporary directory as it found it (test/support/temp-dir-guard.ts).
    globalSetup: ['test/support/temp-dir-guard.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
