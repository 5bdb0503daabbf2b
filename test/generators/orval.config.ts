// orval's fetch client for the contract, as a consuming repository would configure it:
// one file, requests through a small mutator that adds the base URL and the key.
import { defineConfig } from 'orval';

export default defineConfig({
  xaiVideo: {
    input: { target: '../../openapi/xai-video.yaml' },
    output: {
      target: 'out/orval/xai-video.ts',
      client: 'fetch',
      mode: 'single',
      override: { mutator: { path: 'orval-fetch.ts', name: 'orvalFetch' } },
    },
  },
});
