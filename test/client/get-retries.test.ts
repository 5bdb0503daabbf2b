import { describe, expect, it } from 'vitest';
import { VideoHttpError, VideoNetworkError, VideoTimeoutError } from '../../src/client/index.js';
import { fakeIo, seededRandom, sequence, START } from './support/fake-io.js';
import { REQUEST_ID, doneBody, rejectionOf, setupClient } from './support/setup-client.js';

describe('GET retries (the poll)', () => {
  it('retries 5xx and 529 with capped exponential backoff and full jitter', async () => {
    const io = fakeIo(sequence(0.5, 0.25, 0.9, 0.1));
    const { client, http } = setupClient(
      [{ status: 500 }, { status: 502, body: 'Bad Gateway' }, { status: 503 }, { status: 529 }, { status: 200, body: doneBody() }],
      { io },
    );
    await expect(client.waitForVideo(REQUEST_ID)).resolves.toMatchObject({ requestId: REQUEST_ID });
    // ceilings 1 s, 2 s, 4 s, 8 s times the scripted random numbers.
    expect(io.sleeps).toEqual([500, 500, 3_600, 800]);
    expect(http.requests).toHaveLength(5);
  });

  it('jitter is reproducible with a seeded random and stays under each ceiling', async () => {
    const run = async () => {
      const io = fakeIo(seededRandom(42));
      const { client } = setupClient([{ status: 503 }, { status: 503 }, { status: 503 }, { status: 200, body: doneBody() }], { io });
      await client.waitForVideo(REQUEST_ID);
      return io.sleeps;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toHaveLength(3);
    first.forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(1_000 * 2 ** i);
    });
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  it('429 with Retry-After in seconds waits exactly that long (no jitter)', async () => {
    const { client, io } = setupClient([
      { status: 429, headers: { 'retry-after': '3' }, body: { code: 'resource-exhausted', error: 'Rate limit exceeded' } },
      { status: 200, body: doneBody() },
    ]);
    await client.waitForVideo(REQUEST_ID);
    expect(io.sleeps).toEqual([3_000]);
  });

  it('429 with Retry-After as an HTTP date waits until that date', async () => {
    const { client, io } = setupClient([
      { status: 429, headers: { 'retry-after': new Date(START + 20_000).toUTCString() } },
      { status: 200, body: doneBody() },
    ]);
    await client.waitForVideo(REQUEST_ID);
    expect(io.sleeps).toEqual([20_000]);
  });

  it('429 with a huge Retry-After is capped at 60 s', async () => {
    const { client, io } = setupClient([
      { status: 429, headers: { 'retry-after': '86400' } },
      { status: 200, body: doneBody() },
    ]);
    await client.waitForVideo(REQUEST_ID);
    expect(io.sleeps).toEqual([60_000]);
  });

  it('retries network errors on the GET', async () => {
    const { client, http, io } = setupClient([{ networkError: new TypeError('fetch failed') }, { status: 200, body: doneBody() }]);
    await expect(client.waitForVideo(REQUEST_ID)).resolves.toMatchObject({ requestId: REQUEST_ID });
    expect(http.requests).toHaveLength(2);
    expect(io.sleeps).toEqual([500]);
  });

  it('gives up after the retry limit with the last HTTP error', async () => {
    const { client, http } = setupClient(
      Array(5).fill({ status: 503, headers: { 'x-request-id': 'xr-503' }, body: { code: 'unavailable', error: 'down' } }),
      {
        retry: { limit: 4 },
      },
    );
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(VideoHttpError);
    expect(error).toMatchObject({ status: 503, apiCode: 'unavailable', xRequestId: 'xr-503' });
    expect(http.requests).toHaveLength(5);
  });

  it('gives up after the retry limit on network errors with a VideoNetworkError', async () => {
    const cause = new TypeError('fetch failed');
    const { client, http } = setupClient(Array(3).fill({ networkError: cause }), { retry: { limit: 2 } });
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(VideoNetworkError);
    expect((error as Error).cause).toBe(cause);
    expect(http.requests).toHaveLength(3);
  });

  it('the overall deadline bounds retries: a Retry-After beyond it ends in VideoTimeoutError', async () => {
    const { client, http, io } = setupClient([{ status: 429, headers: { 'retry-after': '30' } }], { timeoutMs: 10_000 });
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(VideoTimeoutError);
    expect((error as Error).cause).toBeInstanceOf(VideoHttpError);
    expect((error as { cause: VideoHttpError }).cause.status).toBe(429);
    expect(io.sleeps).toEqual([]);
    expect(http.requests).toHaveLength(1);
  });
});

describe('getVideo (one poll)', () => {
  it("returns pending with progress and the 202's Retry-After", async () => {
    const { client } = setupClient([{ status: 202, headers: { 'retry-after': '7' }, body: { status: 'pending', progress: 12 } }]);
    await expect(client.getVideo(REQUEST_ID)).resolves.toEqual({
      status: 'pending',
      requestId: REQUEST_ID,
      progress: 12,
      retryAfterMs: 7_000,
    });
  });

  it('returns done with the video', async () => {
    const { client } = setupClient([{ status: 200, body: doneBody() }]);
    const state = await client.getVideo(REQUEST_ID);
    expect(state.status).toBe('done');
    expect(state.status === 'done' && state.video.costInUsdTicks).toBe(4_000_000_000);
  });

  it('URL-encodes the request id into the path', async () => {
    const { client, http } = setupClient([{ status: 202 }]);
    await client.getVideo('a/b c');
    expect(http.requests[0]?.url).toMatch(/\/v1\/videos\/a%2Fb%20c$/);
  });

  it('rejects an empty request id without a request', async () => {
    const { client, http } = setupClient([]);
    await expect(client.getVideo('')).rejects.toBeInstanceOf(TypeError);
    expect(http.requests).toHaveLength(0);
  });
});
