// This project's client (`createVideoClient`) against the mock over HTTP: a generate →
// extend → edit chain where each step takes the previous video's URL, with the live
// rules for the output length (extension = input + added, default 6 s; edit = input).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  createVideoClient,
  VideoFailedError,
  VideoHttpError,
  VideoModeratedError,
  type FinishedVideo,
  type VideoProgress,
} from '../../src/client/index.js';
import { readMp4Duration } from '../../src/media/index.js';
import {
  API_KEY,
  downloadMp4,
  FAST_POLL_SECONDS,
  ftypOf,
  mockVideoUrl,
  PENDING_POLLS,
  PENDING_PROGRESS,
  runExample,
  useMock,
} from './real-client-kit.js';

// Every job answers pending twice before done: the client's (and the example's) progress
// reports are seen without a clock deciding how many.
const mock = useMock({ polls: PENDING_POLLS });

function client() {
  return createVideoClient({ apiKey: API_KEY, baseUrl: mock().url, pollIntervalMs: 1, timeoutMs: 15_000 });
}

async function expectMp4Of(video: FinishedVideo, seconds: number): Promise<void> {
  expect(video.url).toBe(mockVideoUrl(mock().url, video.requestId));
  expect(video.duration).toBe(seconds);
  const { bytes, contentType } = await downloadMp4(video.url);
  expect(contentType).toBe('video/mp4');
  expect(ftypOf(bytes)).toBe('ftyp');
  expect(readMp4Duration(bytes)).toBeCloseTo(seconds, 1);
}

describe.concurrent("this project's client against the mock", () => {
  it('generate → extend (default +6 s) → edit, each from the previous video URL', async () => {
    const videos = client();
    const progress: VideoProgress[] = [];
    const onProgress = (p: VideoProgress) => progress.push(p);

    const generated = await videos.generate({ prompt: 'a paper boat on a pond', duration: 2 }, { onProgress });
    expect(generated).toMatchObject({ model: 'grok-imagine-video', respectModeration: true, costInUsdTicks: 1_000_000_000 });
    await expectMp4Of(generated, 2);
    expect(progress).toEqual([
      ...PENDING_PROGRESS.map((percent) => ({ requestId: generated.requestId, status: 'pending', progress: percent })),
      { requestId: generated.requestId, status: 'done', progress: 100 },
    ]);

    const extended = await videos.extend({ prompt: 'the boat drifts under a bridge', video: { url: generated.url } });
    await expectMp4Of(extended, 2 + 6);
    // An extension bills the added segment only: 6 s at $0.05.
    expect(extended.costInUsdTicks).toBe(3_000_000_000);

    const edited = await videos.edit({ prompt: 'make it autumn', video: { url: extended.url } });
    await expectMp4Of(edited, 8);
  });

  it('extend with an explicit duration adds exactly that many seconds', async () => {
    const videos = client();
    const generated = await videos.generate({ prompt: 'a kite', duration: 3 });
    const extended = await videos.extend({ prompt: 'higher', video: { url: generated.url }, duration: 4 });
    expect(extended.duration).toBe(7);
  });

  it('reports what the mock refuses: an edit of a video longer than 8.7 s is a 400', async () => {
    const videos = client();
    const generated = await videos.generate({ prompt: 'a long take', duration: 10 });
    const edit = videos.edit({ prompt: 'recolour', video: { url: generated.url } });
    await expect(edit).rejects.toBeInstanceOf(VideoHttpError);
    await expect(edit).rejects.toMatchObject({
      status: 400,
      apiCode: 'invalid-argument',
      apiMessage: expect.stringContaining('at most 8.7 seconds'),
    });
  });

  it('turns failed and moderated jobs (prompt tags) into typed errors', async () => {
    const videos = client();
    await expect(videos.generate({ prompt: 'a cat [mock: error-code=service_unavailable]', duration: 1 })).rejects.toSatisfy(
      (error) => error instanceof VideoFailedError && error.jobErrorCode === 'service_unavailable',
    );
    await expect(videos.generate({ prompt: 'a cat [mock: outcome=moderated-http]', duration: 1 })).rejects.toSatisfy(
      (error) => error instanceof VideoModeratedError && error.via === 'http-400' && error.status === 400,
    );
    await expect(videos.generate({ prompt: 'a cat [mock: outcome=moderated-done]', duration: 1 })).rejects.toSatisfy(
      (error) => error instanceof VideoModeratedError && error.via === 'respect-moderation',
    );
  });
});

describe('mocks/examples/video-client-chain.ts (run with tsx)', () => {
  it('prints the generate, extend and edit results with 2, 8 and 8 s', async () => {
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const result = await runExample(tsx, ['video-client-chain.ts'], {
      XAI_BASE_URL: mock().url,
      XAI_API_KEY: API_KEY,
      XAI_POLL_INTERVAL: FAST_POLL_SECONDS,
    });
    expect(result.code, result.stderr).toBe(0);
    const steps = result.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { step: string; url: string; duration: number });
    expect(steps.map(({ step, duration }) => [step, duration])).toEqual([
      ['generate', 2],
      ['extend', 8],
      ['edit', 8],
    ]);
    // Each step reports its two pending polls before its result line.
    expect(result.stdout.match(/^ {2}pending \d+%$/gm)).toEqual(
      Array(3)
        .fill(PENDING_PROGRESS.map((p) => `  pending ${p}%`))
        .flat(),
    );
    for (const { url } of steps) {
      expect(url.startsWith(`${mock().url}/__mock/videos/`)).toBe(true);
      expect(url).toMatch(/\/xai-video-[0-9a-f-]{36}\.mp4$/);
    }
  });
});
