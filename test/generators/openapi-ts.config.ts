// @hey-api/openapi-ts for the contract, as a consuming repository would configure it: the
// fetch client, SDK functions and types (the generator's defaults), written to out/hey-api.
import { defineConfig } from '@hey-api/openapi-ts';

export default defineConfig({
  input: '../../openapi/xai-video.yaml',
  output: { path: 'out/hey-api', tsConfigPath: 'tsconfig.json' },
  plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
  logs: { file: false },
});
