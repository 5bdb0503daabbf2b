// orval's fetch client for the contract, as a consuming repository would configure it:
// one file, requests through a small mutator that adds the base URL and the key.
// A plain object (type-only import): the same file serves whichever version runs it.
import type { defineConfig } from 'orval';

export default {
  xaiVideo: {
    input: { target: '../../openapi/xai-video.yaml' },
    output: {
      target: 'out/orval/xai-video.ts',
      client: 'fetch',
      mode: 'single',
      override: { mutator: { path: 'orval-fetch.ts', name: 'orvalFetch' } },
    },
  },
} satisfies Parameters<typeof defineConfig>[0];
