import { describe, expect, it } from 'vitest';
import { classifyVideoStatus } from '../../src/client/classify-video-status.js';
import { UnexpectedResponseError, VideoExpiredError, VideoFailedError, VideoModeratedError } from '../../src/client/index.js';
import { parseJsonBody } from '../../src/client/internal/parse-json-body.js';

const REQUEST_ID = 'req-1';
const URL = 'https://vidgen.x.ai/xai-vidgen-bucket/xai-video-req-1.mp4';

function classify(httpStatus: number, body: unknown) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return classifyVideoStatus({ requestId: REQUEST_ID, httpStatus, body: parseJsonBody(text), xRequestId: 'x-1' });
}

function errorOf(outcome: ReturnType<typeof classify>) {
  if (outcome.kind !== 'error') throw new Error(`expected an error outcome, got ${outcome.kind}`);
  return outcome.error;
}

describe('classifyVideoStatus: pending variants', () => {
  it.each([
    ['202 with an empty body', 202, undefined, undefined],
    ['202 with {status: pending, progress}', 202, { status: 'pending', progress: 42 }, 42],
    ['202 with a non-JSON body', 202, 'accepted', undefined],
    ['202 whatever the body says (202 means running)', 202, { status: 'done', video: { url: URL } }, undefined],
    ['legacy 200 {status: pending}', 200, { status: 'pending', progress: 10 }, 10],
    ['legacy 200 {status: pending} without progress', 200, { status: 'pending' }, undefined],
  ])('%s', (_label, status, body, progress) => {
    expect(classify(status, body)).toEqual({ kind: 'pending', progress });
  });
});

describe('classifyVideoStatus: done variants', () => {
  it('maps a done body to a FinishedVideo', () => {
    const body = {
      status: 'done',
      progress: 100,
      model: 'grok-imagine-video',
      video: { url: URL, duration: 8, respect_moderation: true },
      usage: { cost_in_usd_ticks: 4_000_000_000 },
    };
    expect(classify(200, body)).toEqual({
      kind: 'done',
      video: {
        requestId: REQUEST_ID,
        url: URL,
        duration: 8,
        model: 'grok-imagine-video',
        respectModeration: true,
        costInUsdTicks: 4_000_000_000,
        raw: body,
      },
    });
  });

  it('reads only well-typed fields: a string duration, an infinite cost or a numeric url are not passed on', () => {
    const body = '{"status":"done","model":7,"video":{"url":"' + URL + '","duration":"8"},"usage":{"cost_in_usd_ticks":1e400}}';
    const outcome = classify(200, body);
    expect(outcome).toMatchObject({ kind: 'done', video: { url: URL, duration: undefined, model: undefined, costInUsdTicks: undefined } });
    expect(errorOf(classify(200, { status: 'done', video: { url: 42 } }))).toBeInstanceOf(UnexpectedResponseError);
  });

  it('a pending progress that is not a number is left out; a body of only whitespace is an empty one', () => {
    expect(classify(200, { status: 'pending', progress: '50' })).toEqual({ kind: 'pending', progress: undefined });
    expect(classify(202, ' \n ')).toEqual({ kind: 'pending', progress: undefined });
    expect(parseJsonBody(' \n ')).toEqual({ ok: true, value: undefined });
    expect(parseJsonBody('{"a":')).toEqual({ ok: false, text: '{"a":' });
  });

  it('treats a body without status but with video.url as done (early 2026)', () => {
    const outcome = classify(200, { video: { url: URL, duration: 6 }, progress: 100 });
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.video).toMatchObject({ url: URL, duration: 6, model: undefined, costInUsdTicks: undefined, respectModeration: true });
  });

  it('turns a protobuf empty model into undefined', () => {
    const outcome = classify(200, { status: 'done', model: '', video: { url: URL } });
    expect(outcome.kind === 'done' && outcome.video.model).toBeUndefined();
  });
});

describe('classifyVideoStatus: failures', () => {
  it('failed with a code → VideoFailedError carrying the job error code', () => {
    const error = errorOf(classify(200, { status: 'failed', error: { code: 'internal_error', message: 'please retry' } }));
    expect(error).toBeInstanceOf(VideoFailedError);
    expect(error).toMatchObject({ code: 'ERR_VIDEO_FAILED', jobErrorCode: 'internal_error', requestId: REQUEST_ID });
    expect(error.message).toContain('internal_error');
    expect(error.message).toContain('please retry');
  });

  it('failed without an error object → VideoFailedError with no job code', () => {
    const error = errorOf(classify(200, { status: 'failed' }));
    expect(error).toBeInstanceOf(VideoFailedError);
    expect((error as VideoFailedError).jobErrorCode).toBeUndefined();
  });

  it('failed invalid_argument for bad input (message says so) stays a VideoFailedError', () => {
    const error = errorOf(classify(200, { status: 'failed', error: { code: 'invalid_argument', message: 'prompt is too long' } }));
    expect(error).toBeInstanceOf(VideoFailedError);
    expect((error as VideoFailedError).jobErrorCode).toBe('invalid_argument');
  });

  it('failed with protobuf zero values and a moderation message → moderated via job-failed', () => {
    const body = {
      status: 'failed',
      model: '',
      video: { duration: 0, respect_moderation: true },
      error: { code: 'invalid_argument', message: 'The generated video was rejected by content moderation.' },
    };
    const error = errorOf(classify(200, body));
    expect(error).toBeInstanceOf(VideoModeratedError);
    expect(error).toMatchObject({ via: 'job-failed', code: 'ERR_VIDEO_MODERATED', requestId: REQUEST_ID, body });
  });

  it('failed invalid_argument without a message → moderated via job-failed', () => {
    const error = errorOf(classify(200, { status: 'failed', error: { code: 'invalid_argument' } }));
    expect(error).toMatchObject({ name: 'VideoModeratedError', via: 'job-failed' });
  });

  it('failed with zero values but another code → VideoFailedError', () => {
    const body = { status: 'failed', model: '', video: { duration: 0, respect_moderation: true }, error: { code: 'service_unavailable' } };
    expect(errorOf(classify(200, body))).toMatchObject({ name: 'VideoFailedError', jobErrorCode: 'service_unavailable' });
  });

  it('done with respect_moderation false and an empty url → moderated via respect-moderation', () => {
    const body = { status: 'done', video: { url: '', duration: 8, respect_moderation: false }, usage: { cost_in_usd_ticks: 1 } };
    const error = errorOf(classify(200, body));
    expect(error).toBeInstanceOf(VideoModeratedError);
    expect(error).toMatchObject({ via: 'respect-moderation', xRequestId: 'x-1' });
  });

  it('expired → VideoExpiredError', () => {
    const error = errorOf(classify(200, { status: 'expired' }));
    expect(error).toBeInstanceOf(VideoExpiredError);
    expect(error).toMatchObject({ code: 'ERR_VIDEO_EXPIRED', requestId: REQUEST_ID });
  });
});

describe('classifyVideoStatus: unexpected answers stop the wait', () => {
  it.each([
    ['an unknown status (tutorials\' "processing")', 200, { status: 'processing' }, 'unknown status "processing"'],
    ['a non-string status', 200, { status: 3 }, 'unknown status 3'],
    ['done without a url', 200, { status: 'done', video: { url: '', respect_moderation: true } }, 'without a url'],
    ['done without a video', 200, { status: 'done' }, 'without a video object'],
    ['no status and no video', 200, { progress: 50 }, 'without a video object'],
    ['a 200 that is not JSON', 200, '<html>oops</html>', 'not JSON'],
    ['a 200 with an empty body', 200, undefined, 'not a JSON object'],
    ['a JSON array', 200, [1, 2], 'not a JSON object'],
    ['another 2xx', 204, undefined, 'unexpected HTTP 204'],
  ])('%s', (_label, status, body, why) => {
    const error = errorOf(classify(status, body));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error.message).toContain(why);
    expect(error).toMatchObject({ code: 'ERR_VIDEO_UNEXPECTED_RESPONSE', status, xRequestId: 'x-1' });
  });
});
