import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_TIMEOUT_MS,
  UnexpectedResponseError,
  VideoExpiredError,
  VideoFailedError,
  VideoHttpError,
  VideoModeratedError,
  type VideoProgress,
} from '../../src/client/index.js';
import { BASE_URL, REQUEST_ID, VIDEO_URL, doneBody, rejectionOf, setupClient } from './support/setup-client.js';

const POLL_URL = `${BASE_URL}/v1/videos/${REQUEST_ID}`;

describe('waitForVideo: the pending variants all lead to done', () => {
  it('202 with an empty body, then done', async () => {
    const { client, http, io } = setupClient([{ status: 202 }, { status: 202 }, { status: 200, body: doneBody() }]);
    const video = await client.waitForVideo(REQUEST_ID);
    expect(video).toMatchObject({
      requestId: REQUEST_ID,
      url: VIDEO_URL,
      duration: 8,
      model: 'grok-imagine-video',
      costInUsdTicks: 4_000_000_000,
    });
    expect(http.requests.map((r) => `${r.method} ${r.url}`)).toEqual(Array(3).fill(`GET ${POLL_URL}`));
    expect(io.sleeps).toEqual([DEFAULT_POLL_INTERVAL_MS, DEFAULT_POLL_INTERVAL_MS]);
  });

  it('202 with an explicit Content-Length: 0', async () => {
    const { client, http } = setupClient([
      { status: 202, headers: { 'content-length': '0' } },
      { status: 200, body: doneBody() },
    ]);
    await expect(client.waitForVideo(REQUEST_ID)).resolves.toMatchObject({ url: VIDEO_URL });
    expect(http.remaining()).toBe(0);
  });

  it('202 with a pending body, then done', async () => {
    const { client } = setupClient([
      { status: 202, body: { status: 'pending', progress: 40 } },
      { status: 200, body: doneBody() },
    ]);
    await expect(client.waitForVideo(REQUEST_ID)).resolves.toMatchObject({ url: VIDEO_URL });
  });

  it('legacy 200 {status: pending}, then done', async () => {
    const { client, io } = setupClient([
      { status: 200, body: { status: 'pending', progress: 10 } },
      { status: 200, body: doneBody() },
    ]);
    await expect(client.waitForVideo(REQUEST_ID)).resolves.toMatchObject({ url: VIDEO_URL });
    expect(io.sleeps).toEqual([DEFAULT_POLL_INTERVAL_MS]);
  });

  it('done without status (early 2026)', async () => {
    const { client } = setupClient([{ status: 200, body: { video: { url: VIDEO_URL, duration: 6 }, progress: 100 } }]);
    await expect(client.waitForVideo(REQUEST_ID)).resolves.toMatchObject({ url: VIDEO_URL, duration: 6, respectModeration: true });
  });
});

describe('waitForVideo: terminal failures', () => {
  it('failed with a code', async () => {
    const { client, http } = setupClient([
      { status: 202 },
      { status: 200, body: { status: 'failed', error: { code: 'internal_error', message: 'Video generation failed; please retry.' } } },
    ]);
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(VideoFailedError);
    expect(error).toMatchObject({ jobErrorCode: 'internal_error', requestId: REQUEST_ID });
    expect(http.requests).toHaveLength(2);
  });

  it('failed with protobuf zero values (moderation)', async () => {
    const body = {
      status: 'failed',
      model: '',
      video: { duration: 0, respect_moderation: true },
      error: { code: 'invalid_argument', message: 'The generated video was rejected by content moderation.' },
    };
    const error = await rejectionOf(setupClient([{ status: 200, body }]).client.waitForVideo(REQUEST_ID));
    expect(error).toMatchObject({ name: 'VideoModeratedError', via: 'job-failed' });
  });

  it('expired', async () => {
    const error = await rejectionOf(setupClient([{ status: 200, body: { status: 'expired' } }]).client.waitForVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(VideoExpiredError);
  });

  it('moderated as done with respect_moderation false and an empty url', async () => {
    const body = doneBody({ video: { url: '', duration: 8, respect_moderation: false } });
    const error = await rejectionOf(setupClient([{ status: 202 }, { status: 200, body }]).client.waitForVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(VideoModeratedError);
    expect(error).toMatchObject({ via: 'respect-moderation', requestId: REQUEST_ID });
  });

  it('moderated as HTTP 400 on the poll, not retried', async () => {
    const { client, http } = setupClient([
      { status: 202 },
      {
        status: 400,
        headers: { 'x-request-id': 'xr-400' },
        body: {
          code: 'imagine:content-moderated',
          error: 'The generated video was rejected by content moderation.',
          usage: { cost_in_usd_ticks: 4e9 },
        },
      },
    ]);
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(VideoModeratedError);
    expect(error).toMatchObject({ via: 'http-400', status: 400, xRequestId: 'xr-400', requestId: REQUEST_ID });
    expect(http.requests).toHaveLength(2);
  });

  it('404 is a VideoHttpError, not retried, with the API code, message and x-request-id', async () => {
    const { client, http, io } = setupClient([
      { status: 404, headers: { 'x-request-id': 'xr-404' }, body: { code: 'not-found', error: `No video request with id ${REQUEST_ID}.` } },
    ]);
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(VideoHttpError);
    expect(error).toMatchObject({ status: 404, apiCode: 'not-found', xRequestId: 'xr-404', requestId: REQUEST_ID });
    expect((error as Error).message).toBe(`HTTP 404 not-found: No video request with id ${REQUEST_ID}. (x-request-id xr-404)`);
    expect(http.requests).toHaveLength(1);
    expect(io.sleeps).toEqual([]);
  });

  it('an unknown status stops at once instead of polling until the timeout', async () => {
    const { client, http } = setupClient([
      { status: 200, body: { status: 'processing' } },
      { status: 200, body: doneBody() },
    ]);
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(http.requests).toHaveLength(1);
  });
});

describe('waitForVideo: pacing', () => {
  it('never re-polls without sleeping at least the interval in between', async () => {
    const script = [...Array(6).fill({ status: 202 }), { status: 200, body: doneBody() }];
    const { client, io } = setupClient(script, { pollIntervalMs: 2_000 });
    await client.waitForVideo(REQUEST_ID);
    expect(io.sleeps).toEqual(Array(6).fill(2_000));
  });

  it('a per-call pollIntervalMs overrides the client default', async () => {
    const { client, io } = setupClient([{ status: 202 }, { status: 200, body: doneBody() }]);
    await client.waitForVideo(REQUEST_ID, { pollIntervalMs: 1_234 });
    expect(io.sleeps).toEqual([1_234]);
  });

  it('Retry-After on a 202 can lengthen the wait (capped at 60 s) but not shorten it', async () => {
    const { client, io } = setupClient([
      { status: 202, headers: { 'retry-after': '12' } },
      { status: 202, headers: { 'retry-after': '1' } },
      { status: 202, headers: { 'retry-after': '600' } },
      { status: 200, body: doneBody() },
    ]);
    await client.waitForVideo(REQUEST_ID);
    expect(io.sleeps).toEqual([12_000, 5_000, 60_000]);
  });

  it('rejects a zero poll interval up front (it would re-poll without waiting)', async () => {
    const { client, http } = setupClient([]);
    await expect(client.waitForVideo(REQUEST_ID, { pollIntervalMs: 0 })).rejects.toBeInstanceOf(RangeError);
    expect(http.requests).toHaveLength(0);
  });
});

describe('waitForVideo: progress', () => {
  it('reports every poll, with undefined progress for an empty 202 and 100 when done', async () => {
    const { client } = setupClient([
      { status: 202 },
      { status: 202, body: { status: 'pending', progress: 30 } },
      { status: 200, body: { status: 'pending', progress: 70 } },
      { status: 200, body: doneBody() },
    ]);
    const seen: VideoProgress[] = [];
    await client.waitForVideo(REQUEST_ID, { onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { requestId: REQUEST_ID, status: 'pending', progress: undefined },
      { requestId: REQUEST_ID, status: 'pending', progress: 30 },
      { requestId: REQUEST_ID, status: 'pending', progress: 70 },
      { requestId: REQUEST_ID, status: 'done', progress: 100 },
    ]);
  });

  it('an exception thrown by onProgress ends the wait with that exception', async () => {
    const { client, http } = setupClient([{ status: 202 }, { status: 200, body: doneBody() }]);
    const boom = new Error('callback bug');
    await expect(
      client.waitForVideo(REQUEST_ID, {
        onProgress: () => {
          throw boom;
        },
      }),
    ).rejects.toBe(boom);
    expect(http.requests).toHaveLength(1);
  });
});

describe('waitForVideo: deadline', () => {
  it('defaults to 10 minutes', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(600_000);
    expect(DEFAULT_POLL_INTERVAL_MS).toBe(5_000);
  });

  it('times out, cutting the last sleep at the deadline and polling once there', async () => {
    const { client, http, io } = setupClient(Array(10).fill({ status: 202, body: { status: 'pending', progress: 55 } }));
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID, { timeoutMs: 12_000 }));
    expect(error).toMatchObject({
      name: 'VideoTimeoutError',
      code: 'ERR_VIDEO_TIMEOUT',
      timeoutMs: 12_000,
      lastProgress: 55,
      requestId: REQUEST_ID,
    });
    expect(io.sleeps).toEqual([5_000, 5_000, 2_000]);
    expect(http.requests).toHaveLength(4);
  });

  it('times out after the default 10 minutes with 5 s polls', async () => {
    const { client, http, io } = setupClient(Array(200).fill({ status: 202 }));
    await expect(client.waitForVideo(REQUEST_ID)).rejects.toMatchObject({ name: 'VideoTimeoutError', timeoutMs: 600_000 });
    expect(io.sleeps.reduce((a, b) => a + b, 0)).toBe(600_000);
    expect(http.requests).toHaveLength(121);
  });

  it('time spent inside a slow fetch counts against the deadline', async () => {
    const harness = setupClient([]);
    const slow = () => {
      harness.io.advance(4_000);
      return new Response(null, { status: 202 });
    };
    const { client, http, io } = setupClient([slow, slow, slow], { io: harness.io });
    await expect(client.waitForVideo(REQUEST_ID, { timeoutMs: 10_000 })).rejects.toMatchObject({ name: 'VideoTimeoutError' });
    // t=4 s: 202 → sleep 5 s → t=13 s: past the deadline after the second poll.
    expect(io.sleeps).toEqual([5_000]);
    expect(http.requests).toHaveLength(2);
  });
});
