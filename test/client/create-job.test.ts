import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLL_INTERVAL_MS,
  UnexpectedResponseError,
  VideoHttpError,
  VideoModeratedError,
  VideoNetworkError,
  VideoTimeoutError,
} from '../../src/client/index.js';
import { API_KEY, BASE_URL, REQUEST_ID, VIDEO_URL, doneBody, rejectionOf, setupClient } from './support/setup-client.js';

const created = { status: 200, body: { request_id: REQUEST_ID }, headers: { 'x-request-id': 'xr-post' } };
const prompt = 'A paper boat drifting down a rain-soaked street';

describe('create calls (POST only)', () => {
  it('sends the bearer key, JSON content type and body; returns the request id and x-request-id', async () => {
    const { client, http } = setupClient([created]);
    const job = await client.createGeneration({ model: 'grok-imagine-video', prompt, duration: 1, resolution: '480p' });
    expect(job).toEqual({ requestId: REQUEST_ID, xRequestId: 'xr-post' });
    const [request] = http.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`${BASE_URL}/v1/videos/generations`);
    expect(request?.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ model: 'grok-imagine-video', prompt, duration: 1, resolution: '480p' });
  });

  it('lets duration default on the server (the generated type marks it required)', async () => {
    const { client, http } = setupClient([created]);
    await client.createGeneration({ prompt });
    expect(JSON.parse(http.requests[0]?.body ?? '')).toEqual({ prompt });
  });

  it('posts extensions and edits to their own paths', async () => {
    const { client, http } = setupClient([created, created]);
    await client.createExtension({ prompt, video: { url: VIDEO_URL }, duration: 2 });
    await client.createEdit({ prompt, video: { file_id: 'file_1' } });
    expect(http.requests.map((r) => r.url)).toEqual([`${BASE_URL}/v1/videos/extensions`, `${BASE_URL}/v1/videos/edits`]);
    expect(JSON.parse(http.requests[1]?.body ?? '')).toEqual({ prompt, video: { file_id: 'file_1' } });
  });

  it('honours a trailing slash in baseUrl', async () => {
    const { client, http } = setupClient([created], { baseUrl: `${BASE_URL}/` });
    await client.createGeneration({ prompt });
    expect(http.requests[0]?.url).toBe(`${BASE_URL}/v1/videos/generations`);
  });

  it.each([500, 502, 503, 504, 529])('never retries a POST on %i (it may have created a billed job)', async (status) => {
    const { client, http, io } = setupClient([
      { status, headers: { 'retry-after': '1' }, body: { code: 'internal', error: 'boom' } },
      created,
    ]);
    const error = await rejectionOf(client.createGeneration({ prompt }));
    expect(error).toBeInstanceOf(VideoHttpError);
    expect(error).toMatchObject({ status, apiCode: 'internal' });
    expect(http.requests).toHaveLength(1);
    expect(io.sleeps).toEqual([]);
  });

  it('never retries a POST on a network error, and says why', async () => {
    const { client, http } = setupClient([{ networkError: new TypeError('fetch failed') }, created]);
    const error = await rejectionOf(client.createGeneration({ prompt }));
    expect(error).toBeInstanceOf(VideoNetworkError);
    expect((error as Error).message).toContain('may or may not have been created');
    expect(http.requests).toHaveLength(1);
  });

  it('retries a POST on 429, honouring Retry-After (no job was created)', async () => {
    const { client, http, io } = setupClient([
      { status: 429, headers: { 'retry-after': '2' }, body: { code: 'resource-exhausted', error: 'Rate limit exceeded' } },
      created,
    ]);
    await expect(client.createGeneration({ prompt })).resolves.toMatchObject({ requestId: REQUEST_ID });
    expect(io.sleeps).toEqual([2_000]);
    expect(http.requests.map((r) => r.body)).toEqual([http.requests[0]?.body, http.requests[0]?.body]);
  });

  it('a POST 429 whose Retry-After passes the timeout ends in VideoTimeoutError', async () => {
    const { client, http } = setupClient([{ status: 429, headers: { 'retry-after': '45' } }]);
    const error = await rejectionOf(client.createGeneration({ prompt }, { timeoutMs: 30_000 }));
    expect(error).toBeInstanceOf(VideoTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 30_000, requestId: undefined });
    expect(http.requests).toHaveLength(1);
  });

  it('a moderated prompt (400 imagine:content-moderated) is a VideoModeratedError', async () => {
    const { client } = setupClient([
      { status: 400, body: { code: 'imagine:content-moderated', error: 'The prompt was rejected by content moderation.' } },
    ]);
    const error = await rejectionOf(client.createGeneration({ prompt }));
    expect(error).toBeInstanceOf(VideoModeratedError);
    expect(error).toMatchObject({ via: 'http-400', status: 400, requestId: undefined });
  });

  it('a moderation code on another status is an ordinary VideoHttpError', async () => {
    const { client } = setupClient([{ status: 403, body: { code: 'imagine:content-moderated', error: 'odd' } }]);
    await expect(client.createGeneration({ prompt })).rejects.toMatchObject({ name: 'VideoHttpError', status: 403 });
  });

  it('a 422 in the nested error style is read too', async () => {
    const { client } = setupClient([
      { status: 422, body: { error: { message: 'video_id is not a field', type: 'invalid_request_error', code: 'invalid-argument' } } },
    ]);
    const error = await rejectionOf(client.createEdit({ prompt, video: { url: VIDEO_URL } }));
    expect(error).toMatchObject({
      name: 'VideoHttpError',
      status: 422,
      apiCode: 'invalid-argument',
      apiMessage: 'video_id is not a field',
    });
  });

  it.each([
    ['no body', undefined],
    ['no request_id', { id: 'x' }],
    ['an empty request_id', { request_id: '' }],
    ['not JSON', 'ok'],
  ])('a 200 with %s is an UnexpectedResponseError', async (_label, body) => {
    const { client } = setupClient([{ status: 200, body, headers: { 'x-request-id': 'xr-odd' } }]);
    const error = await rejectionOf(client.createGeneration({ prompt }));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ status: 200, xRequestId: 'xr-odd' });
  });
});

describe('create-and-wait calls', () => {
  it('generate: POST, wait one interval, poll until done', async () => {
    const { client, http, io } = setupClient([created, { status: 202 }, { status: 200, body: doneBody() }]);
    const video = await client.generate({ prompt, duration: 1 });
    expect(video).toMatchObject({ requestId: REQUEST_ID, url: VIDEO_URL, respectModeration: true });
    expect(http.requests.map((r) => r.method)).toEqual(['POST', 'GET', 'GET']);
    expect(http.requests[1]?.url).toBe(`${BASE_URL}/v1/videos/${REQUEST_ID}`);
    expect(http.requests[1]?.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
    expect(io.sleeps).toEqual([DEFAULT_POLL_INTERVAL_MS, DEFAULT_POLL_INTERVAL_MS]);
  });

  it('extend and edit wait for their own jobs', async () => {
    const other = 'aaaaaaaa-5796-b7ec-379f-4e6819e08fdf';
    const { client, http } = setupClient([
      created,
      { status: 200, body: doneBody() },
      { status: 200, body: { request_id: other } },
      { status: 200, body: doneBody() },
    ]);
    await expect(client.extend({ prompt, video: { url: VIDEO_URL } })).resolves.toMatchObject({ requestId: REQUEST_ID });
    await expect(client.edit({ prompt, video: { url: VIDEO_URL } })).resolves.toMatchObject({ requestId: other });
    expect(http.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual([
      'POST /v1/videos/extensions',
      `GET /v1/videos/${REQUEST_ID}`,
      'POST /v1/videos/edits',
      `GET /v1/videos/${other}`,
    ]);
  });

  it('one deadline covers the POST retries and the polls', async () => {
    const { client, io } = setupClient([{ status: 429, headers: { 'retry-after': '8' } }, created, ...Array(5).fill({ status: 202 })]);
    const error = await rejectionOf(client.generate({ prompt }, { timeoutMs: 20_000 }));
    expect(error).toMatchObject({ name: 'VideoTimeoutError', requestId: REQUEST_ID });
    // 8 s of Retry-After, then 5 s + 5 s of polling, then the 2 s left.
    expect(io.sleeps).toEqual([8_000, 5_000, 5_000, 2_000]);
  });

  it('a failed job after generate carries the request id', async () => {
    const { client } = setupClient([
      created,
      { status: 200, body: { status: 'failed', error: { code: 'failed_precondition', message: 'not on this model' } } },
    ]);
    await expect(client.generate({ prompt })).rejects.toMatchObject({
      name: 'VideoFailedError',
      requestId: REQUEST_ID,
      jobErrorCode: 'failed_precondition',
    });
  });
});
