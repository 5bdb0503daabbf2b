// A frontend team's unit test: vitest, msw's setupServer and the typed client, imported
// from the package as in any other repository. The app code keeps its production base
// URL (https://api.x.ai); MSW answers with the mock's handlers. Nothing waits for real:
// `polls` finishes each job on its Nth poll whatever the clock says, and the client's
// `pollIntervalMs: 1` polls again almost at once (in the app, keep the default 5 s).
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createVideoClient, VideoFailedError, VideoModeratedError } from 'xai-video-contract';
import { createVideoHandlers } from 'xai-video-contract/msw';

const server = setupServer(...createVideoHandlers({ polls: 3 }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = createVideoClient({ apiKey: 'test-key', pollIntervalMs: 1 });

describe('generating a video in a unit test', () => {
  it('finishes a generate-to-done flow, reporting progress on the way', async () => {
    const progress: number[] = [];
    const video = await client.generate({ prompt: 'a paper boat', duration: 4 }, { onProgress: (p) => progress.push(p.progress ?? 0) });
    expect(video).toMatchObject({ duration: 4, model: 'grok-imagine-video', respectModeration: true });
    expect(video.url).toMatch(/^https:\/\/api\.x\.ai\/__mock\/videos\/xai-video-.+\.mp4$/);
    expect(progress).toEqual([33, 66, 100]);
    // The video URL is intercepted too: a real MP4.
    const mp4 = new Uint8Array(await (await fetch(video.url)).arrayBuffer());
    expect(new TextDecoder().decode(mp4.subarray(4, 8))).toBe('ftyp');
  });

  it('drives the failure paths with the prompt tag, as the app would see them live', async () => {
    await expect(client.generate({ prompt: 'a cat [mock: outcome=failed, error-code=service_unavailable]' })).rejects.toBeInstanceOf(
      VideoFailedError,
    );
    await expect(client.generate({ prompt: 'a cat [mock: outcome=moderated-http]' })).rejects.toBeInstanceOf(VideoModeratedError);
  });

  it('overrides one test with handlers of its own configuration', async () => {
    server.use(...createVideoHandlers({ outcome: 'expired', timing: 'instant' }));
    await expect(client.generate({ prompt: 'a cat' })).rejects.toMatchObject({ name: 'VideoExpiredError' });
  });
});
