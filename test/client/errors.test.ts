import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  UnexpectedResponseError,
  VideoAbortedError,
  VideoClientError,
  VideoExpiredError,
  VideoFailedError,
  VideoHttpError,
  VideoModeratedError,
  VideoNetworkError,
  VideoTimeoutError,
} from '../../src/client/index.js';
import { API_KEY, REQUEST_ID, rejectionOf, setupClient } from './support/setup-client.js';

describe('error catalogue', () => {
  // The expected name is the case's title: a title made from the error itself would change
  // with the error, and a mutation tester could no longer find the case by its title.
  it.each([
    ['VideoFailedError', () => new VideoFailedError('m', { jobErrorCode: 'internal_error' }), 'ERR_VIDEO_FAILED'],
    ['VideoExpiredError', () => new VideoExpiredError('m'), 'ERR_VIDEO_EXPIRED'],
    ['VideoModeratedError', () => new VideoModeratedError('m', { via: 'http-400' }), 'ERR_VIDEO_MODERATED'],
    ['VideoTimeoutError', () => new VideoTimeoutError('m', { timeoutMs: 1 }), 'ERR_VIDEO_TIMEOUT'],
    ['VideoAbortedError', () => new VideoAbortedError('m'), 'ERR_VIDEO_ABORTED'],
    ['VideoHttpError', () => new VideoHttpError('m', { status: 500 }), 'ERR_VIDEO_HTTP'],
    ['VideoNetworkError', () => new VideoNetworkError('m'), 'ERR_VIDEO_NETWORK'],
    ['UnexpectedResponseError', () => new UnexpectedResponseError('m', { status: 200 }), 'ERR_VIDEO_UNEXPECTED_RESPONSE'],
  ] as const)('%s has a stable name and code and shares the base class', (name, make, code) => {
    const error = make();
    expect(error.name).toBe(name);
    expect(error.code).toBe(code);
    expect(error).toBeInstanceOf(VideoClientError);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toBe(`${name}: m`);
  });

  it('keeps the cause', () => {
    const cause = new TypeError('fetch failed');
    expect(new VideoNetworkError('m', { cause }).cause).toBe(cause);
    expect('cause' in new VideoNetworkError('m')).toBe(false);
  });
});

describe('the API key never leaks into errors', () => {
  const leakyAnswers = [
    ['401 quoting the key', { status: 401, body: { code: 'unauthenticated', error: `Incorrect API key provided: ${API_KEY}` } }],
    ['400 nested style quoting the key', { status: 400, body: { error: { message: `bad key ${API_KEY}`, code: 'invalid-argument' } } }],
    ['text body quoting the key', { status: 403, body: `forbidden for ${API_KEY}` }],
  ] as const;

  it.each(leakyAnswers)('%s: message, fields, JSON and inspect output are redacted', async (_label, answer) => {
    const { client } = setupClient([answer]);
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(VideoHttpError);
    const http = error as VideoHttpError;
    expect(http.message).toContain('[REDACTED]');
    expect(http.message).not.toContain(API_KEY);
    expect(JSON.stringify({ ...http, message: http.message, stack: http.stack })).not.toContain(API_KEY);
    expect(inspect(http, { depth: 10 })).not.toContain(API_KEY);
    expect(http.apiMessage).not.toContain(API_KEY);
  });

  it('network errors, timeouts and aborts do not carry the key or the request', async () => {
    const controller = new AbortController();
    controller.abort();
    const harnesses = [
      setupClient([{ networkError: new TypeError('fetch failed') }], { retry: { limit: 0 } }).client.waitForVideo(REQUEST_ID),
      setupClient([{ status: 202 }, { status: 202 }], { timeoutMs: 1_000 }).client.waitForVideo(REQUEST_ID),
      setupClient([]).client.waitForVideo(REQUEST_ID, { signal: controller.signal }),
      setupClient([{ status: 500 }]).client.createGeneration({ prompt: 'x' }),
    ];
    for (const pending of harnesses) {
      const error = await rejectionOf(pending);
      expect(error).toBeInstanceOf(VideoClientError);
      expect(inspect(error, { depth: 10 })).not.toContain(API_KEY);
      expect(JSON.stringify(error)).not.toContain(API_KEY);
    }
  });
});

describe('x-request-id', () => {
  it('is surfaced on HTTP errors and in the message', async () => {
    const { client } = setupClient(
      [{ status: 500, headers: { 'x-request-id': 'xr-7f7c' }, body: { code: 'internal', error: 'Internal server error.' } }],
      {
        retry: { limit: 0 },
      },
    );
    const error = (await rejectionOf(client.waitForVideo(REQUEST_ID))) as VideoHttpError;
    expect(error.xRequestId).toBe('xr-7f7c');
    expect(error.message).toBe('HTTP 500 internal: Internal server error. (x-request-id xr-7f7c)');
  });

  it('is undefined when the header is absent', async () => {
    const { client } = setupClient([{ status: 404, body: { code: 'not-found', error: 'gone' } }]);
    expect(((await rejectionOf(client.waitForVideo(REQUEST_ID))) as VideoHttpError).xRequestId).toBeUndefined();
  });
});
