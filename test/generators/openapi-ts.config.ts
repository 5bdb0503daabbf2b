// @hey-api/openapi-ts for the contract, as a consuming repository would configure it: the
// fetch client, SDK functions and types (the generator's defaults), written to out/hey-api.
// A plain object (type-only import): the same file serves whichever version runs it.
import type { defineConfig } from '@hey-api/openapi-ts';

export default {
  input: '../../openapi/xai-video.yaml',
  output: { path: 'out/hey-api', tsConfigPath: 'tsconfig.json' },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
  logs: { file: false },
} satisfies Parameters<typeof defineConfig>[0];
