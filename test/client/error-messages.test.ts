// What a user reads when a call fails: every error's message, word for word, and the
// fields a handler branches on. Messages end up in logs and bug reports, so they name the
// job (once there is one), the HTTP status and the API's own code and message.
import { describe, expect, it } from 'vitest';
import {
  createVideoClient,
  UnexpectedResponseError,
  VideoAbortedError,
  VideoExpiredError,
  VideoFailedError,
  VideoHttpError,
  VideoModeratedError,
  VideoNetworkError,
  VideoTimeoutError,
} from '../../src/client/index.js';
import { REQUEST_ID, rejectionOf, setupClient } from './support/setup-client.js';

const NO_RETRY = { retry: { limit: 0 } };

describe('HTTP errors', () => {
  it.each([
    ['a flat body', { status: 404, body: { code: 'not-found', error: 'No such video.' } }, 'HTTP 404 not-found: No such video.'],
    [
      'a nested body',
      { status: 401, body: { error: { message: 'Bad key.', code: 'invalid_api_key' } } },
      'HTTP 401 invalid_api_key: Bad key.',
    ],
    ['a text body', { status: 502, body: '  <html>Bad gateway</html>\n' }, 'HTTP 502: <html>Bad gateway</html>'],
    ['a null body', { status: 500, body: null }, 'HTTP 500'],
  ] as const)('%s', async (_label, answer, message) => {
    const { client } = setupClient([answer], NO_RETRY);
    const error = await rejectionOf(client.waitForVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(VideoHttpError);
    expect((error as VideoHttpError).message).toBe(message);
    expect(error).toMatchObject({ status: answer.status, requestId: REQUEST_ID, xRequestId: undefined });
  });

  it('no body: the status text', async () => {
    const answer = () => new Response(null, { status: 503, statusText: 'Service Unavailable' });
    const error = await rejectionOf(setupClient([answer], NO_RETRY).client.waitForVideo(REQUEST_ID));
    expect(error).toMatchObject({ message: 'HTTP 503: Service Unavailable', apiCode: undefined, apiMessage: undefined });
  });

  it('names the x-request-id when the API sent one, on the POST as on the poll', async () => {
    const answer = { status: 400, headers: { 'x-request-id': 'xr-1' }, body: { code: 'invalid-argument', error: 'duration: too long' } };
    const error = await rejectionOf(setupClient([answer]).client.createGeneration({ prompt: 'x' }));
    expect(error).toMatchObject({ message: 'HTTP 400 invalid-argument: duration: too long (x-request-id xr-1)', requestId: undefined });
  });

  it('a 400 with a moderation code is content moderation, worded with the message or else the code', async () => {
    const withMessage = { status: 400, body: { code: 'imagine:content-moderated', error: 'The prompt was rejected.' } };
    const moderated = await rejectionOf(setupClient([withMessage]).client.createGeneration({ prompt: 'x' }));
    expect(moderated).toBeInstanceOf(VideoModeratedError);
    expect(moderated).toMatchObject({
      message: 'Content moderation rejected the video (HTTP 400): The prompt was rejected.',
      via: 'http-400',
      status: 400,
    });
    const codeOnly = await rejectionOf(
      setupClient([{ status: 400, body: { code: 'imagine:content-moderated' } }]).client.getVideo(REQUEST_ID),
    );
    expect(codeOnly).toMatchObject({ message: 'Content moderation rejected the video (HTTP 400): imagine:content-moderated' });
  });

  it('a 400 without a code is a plain HTTP error', async () => {
    const error = await rejectionOf(setupClient([{ status: 400, body: { error: 'bad' } }]).client.getVideo(REQUEST_ID));
    expect(error).toBeInstanceOf(VideoHttpError);
    expect(error).toMatchObject({ message: 'HTTP 400: bad', apiCode: undefined });
  });
});

describe('network errors', () => {
  const cause = new TypeError('fetch failed');

  it('a POST is not retried, and the message says the job may exist', async () => {
    const { client, http } = setupClient([{ networkError: cause }]);
    const error = await rejectionOf(client.createGeneration({ prompt: 'x' }));
    expect(error).toBeInstanceOf(VideoNetworkError);
    expect(error).toMatchObject({
      message: 'Network error on POST: the job may or may not have been created, so it was not retried',
      cause,
      requestId: undefined,
    });
    expect(http.requests).toHaveLength(1);
  });

  it('a poll names the video; a models call names nothing', async () => {
    const poll = await rejectionOf(setupClient([{ networkError: cause }], NO_RETRY).client.waitForVideo(REQUEST_ID));
    expect(poll).toMatchObject({ message: `Network error on GET while polling video ${REQUEST_ID}`, requestId: REQUEST_ID });
    const models = await rejectionOf(setupClient([{ networkError: cause }], NO_RETRY).client.listModels());
    expect(models).toMatchObject({ message: 'Network error on GET' });
  });

  it('a POST aborted while in flight is an abort, not a network error', async () => {
    const controller = new AbortController();
    const inFlight = (request: Request): Promise<Response> => {
      controller.abort();
      return Promise.reject(request.signal.reason);
    };
    const error = await rejectionOf(setupClient([inFlight]).client.createGeneration({ prompt: 'x' }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(VideoAbortedError);
    expect(error).toMatchObject({ message: 'The request was aborted', cause: controller.signal.reason });
  });
});

describe('aborts and timeouts', () => {
  it('name the job once there is one', async () => {
    const controller = new AbortController();
    const { client, io } = setupClient([{ status: 200, body: { request_id: REQUEST_ID } }, { status: 202 }]);
    io.onSleep = (index) => index === 2 && controller.abort(new Error('left'));
    const aborted = await rejectionOf(client.generate({ prompt: 'x' }, { signal: controller.signal }));
    expect(aborted).toMatchObject({ message: `Waiting for video ${REQUEST_ID} was aborted`, requestId: REQUEST_ID });

    const timedOut = await rejectionOf(
      setupClient([{ status: 202 }, { status: 202 }], { timeoutMs: 1_000 }).client.waitForVideo(REQUEST_ID),
    );
    expect(timedOut).toBeInstanceOf(VideoTimeoutError);
    expect(timedOut).toMatchObject({ message: `Video ${REQUEST_ID} did not finish within 1000 ms`, timeoutMs: 1_000 });
  });

  it('before a job exists, say "the request"', async () => {
    const busy = { status: 429, headers: { 'retry-after': '5' } };
    const timedOut = await rejectionOf(setupClient([busy], { timeoutMs: 2_000 }).client.createGeneration({ prompt: 'x' }));
    expect(timedOut).toMatchObject({ message: 'The request did not finish within 2000 ms', requestId: undefined });
    expect((timedOut as VideoTimeoutError).cause).toBeInstanceOf(VideoHttpError);
  });
});

describe('terminal statuses', () => {
  const poll = async (body: unknown) => rejectionOf(setupClient([{ status: 200, body }]).client.waitForVideo(REQUEST_ID));

  it('expired, moderated (done without the video, or failed), failed', async () => {
    expect(await poll({ status: 'expired' })).toSatisfy(
      (e) => e instanceof VideoExpiredError && e.message === `Video ${REQUEST_ID} has expired`,
    );
    expect(await poll({ status: 'done', video: { url: '', respect_moderation: false } })).toMatchObject({
      message: `Content moderation withheld video ${REQUEST_ID}`,
      via: 'respect-moderation',
    });
    expect(await poll({ status: 'failed', error: { code: 'invalid_argument' } })).toMatchObject({
      message: `Content moderation rejected video ${REQUEST_ID}`,
      via: 'job-failed',
    });
    expect(await poll({ status: 'failed', error: { code: 'invalid_argument', message: 'Moderated.' } })).toMatchObject({
      message: `Content moderation rejected video ${REQUEST_ID}: Moderated.`,
    });
    expect(await poll({ status: 'failed' })).toSatisfy(
      (e) => e instanceof VideoFailedError && e.message === `Video ${REQUEST_ID} failed (no error code)` && e.jobErrorCode === undefined,
    );
  });

  it('carry the poll answer x-request-id', async () => {
    const answer = {
      status: 200,
      headers: { 'x-request-id': 'xr-9' },
      body: { status: 'done', video: { url: '', respect_moderation: false } },
    };
    expect(await rejectionOf(setupClient([answer]).client.waitForVideo(REQUEST_ID))).toMatchObject({ xRequestId: 'xr-9' });
  });
});

describe('answers that are not the documented shape', () => {
  it('a POST without a string request_id', async () => {
    for (const body of [{ request_id: 42 }, null, 'ok']) {
      const error = await rejectionOf(setupClient([{ status: 200, body }]).client.createGeneration({ prompt: 'x' }));
      expect(error).toBeInstanceOf(UnexpectedResponseError);
      expect(error).toMatchObject({ message: 'HTTP 200 from the POST carried no request_id', status: 200, body });
    }
  });

  it('the models endpoints: a model without an id, or a body that is not JSON, with its x-request-id', async () => {
    const headers = { 'x-request-id': 'xr-m' };
    const noId = await rejectionOf(setupClient([{ status: 200, headers, body: { models: [{ id: '' }] } }]).client.listModels());
    expect(noId).toMatchObject({ message: 'GET /v1/video-generation-models: the body is not the documented shape', xRequestId: 'xr-m' });
    const html = await rejectionOf(setupClient([{ status: 200, headers, body: '<html>' }]).client.getModel('grok-imagine-video'));
    expect(html).toMatchObject({
      message: 'GET /v1/video-generation-models/grok-imagine-video: the body is not the documented shape',
      status: 200,
      xRequestId: 'xr-m',
      body: '<html>',
    });
  });
});

describe('arguments and options', () => {
  it('refuses a missing key, a non-positive interval or timeout, and an empty id, with what is wrong', async () => {
    expect(() => createVideoClient({ apiKey: '  ' })).toThrow(new TypeError('createVideoClient: apiKey is required'));
    expect(() => createVideoClient({ apiKey: 42 as unknown as string })).toThrow(new TypeError('createVideoClient: apiKey is required'));
    expect(() => createVideoClient({ apiKey: 'k', pollIntervalMs: 0 })).toThrow(
      new RangeError('pollIntervalMs must be a positive number of ms'),
    );
    expect(() => createVideoClient({ apiKey: 'k', timeoutMs: -1 })).toThrow(new RangeError('timeoutMs must be a positive number of ms'));
    const { client, http } = setupClient([]);
    await expect(client.waitForVideo(REQUEST_ID, { pollIntervalMs: 0 })).rejects.toThrow('pollIntervalMs must be a positive number of ms');
    await expect(client.getVideo(REQUEST_ID, { timeoutMs: 0 })).rejects.toThrow('timeoutMs must be a positive number of ms');
    for (const id of ['', 42 as unknown as string]) {
      await expect(client.waitForVideo(id)).rejects.toThrow(new TypeError('requestId must be a non-empty string'));
      await expect(client.getModel(id)).rejects.toThrow(new TypeError('modelId must be a non-empty string'));
    }
    expect(http.requests).toHaveLength(0);
  });
});

describe('the injected sleep', () => {
  it('a failure of its own is passed on, not taken for an abort or swallowed', async () => {
    const broken = new Error('timer broke');
    const { client } = setupClient([{ status: 202 }, { status: 202 }], { sleep: () => Promise.reject(broken) });
    await expect(client.waitForVideo(REQUEST_ID)).rejects.toBe(broken);
  });
});
