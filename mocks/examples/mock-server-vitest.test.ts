// Another repository's test against the mock's Node server: a real port and the typed
// client, both imported from the package by name. `quiet: true` keeps the mock's access
// log out of the test output; `timing: 'instant'` finishes every job on its first poll and
// the client's `pollIntervalMs: 1` polls again at once instead of every 5 s (against the
// live API, keep the default). The README shows this file from `import` on.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createVideoClient } from 'xai-video-contract';
import { type RunningMockServer, startMockServer } from 'xai-video-contract/mock';

let mock: RunningMockServer;
beforeAll(async () => {
  mock = await startMockServer({ port: 0, timing: 'instant', quiet: true });
});
afterAll(() => mock.close());

it('generates a video against the mock', async () => {
  const xai = createVideoClient({ apiKey: 'test-key', baseUrl: mock.url, pollIntervalMs: 1 });
  const video = await xai.generate({ prompt: 'a paper boat', duration: 2 });
  expect(video).toMatchObject({ duration: 2, model: 'grok-imagine-video' });
  expect((await fetch(video.url)).headers.get('content-type')).toBe('video/mp4');
});
