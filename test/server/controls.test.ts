// Per-request controls: the Prefer header and the prompt tag pick every outcome the live
// API can produce, HTTP errors on the create or the poll, and the older dialects.
import { describe, expect, it } from 'vitest';
import { MODERATION_MESSAGE } from '../../src/lifecycle/index.js';
import { createJob, poll, post, useMock } from './mock-kit.js';

const mock = useMock();
const BODY = { prompt: 'a cat', duration: 1 };

async function finish(prefer: string, body: unknown = BODY) {
  const id = await createJob(mock.url(), body, `timing=instant, ${prefer}`);
  return { id, result: await poll(mock.url(), id) };
}

describe('outcomes', () => {
  it('failed, with each error.code and a message that says what the code means', async () => {
    const says = {
      invalid_argument: 'invalid',
      permission_denied: 'not permitted',
      failed_precondition: 'not available on the requested model',
      service_unavailable: 'overloaded',
      internal_error: 'internal error; please retry',
    };
    for (const [code, meaning] of Object.entries(says)) {
      const { result } = await finish(`outcome=failed, error-code=${code}`);
      expect(result.status).toBe(200);
      expect(result.body).toEqual({ status: 'failed', error: { code, message: expect.stringContaining(meaning) } });
    }
  });

  it('an error-code alone implies failed', async () => {
    const { result } = await finish('error-code=service_unavailable');
    expect(result.body.error.code).toBe('service_unavailable');
  });

  it('moderated, the three live ways', async () => {
    const failed = (await finish('outcome=moderated-failed')).result;
    expect(failed.body).toMatchObject({
      status: 'failed',
      model: '',
      video: { duration: 0, respect_moderation: true },
      error: { code: 'invalid_argument' },
    });
    const done = (await finish('outcome=moderated-done')).result;
    expect(done.body).toMatchObject({ status: 'done', video: { url: '', respect_moderation: false } });
    // Still billed as the job it was: 1 s at 480p on the default model, $0.05.
    expect(done.body.usage).toEqual({ cost_in_usd_ticks: 500_000_000 });
    const http = (await finish('outcome=moderated-http')).result;
    expect(http.status).toBe(400);
    expect(http.body).toMatchObject({
      code: 'imagine:content-moderated',
      error: MODERATION_MESSAGE,
      usage: { cost_in_usd_ticks: 500_000_000 },
    });
  });

  it('expired instead of done', async () => {
    const { result } = await finish('outcome=expired');
    expect(result.body).toEqual({ status: 'expired' });
  });

  it('the prompt tag works for clients that cannot set headers, and the header wins over it', async () => {
    const tagged = await finish('', { prompt: 'a cat [mock: outcome=failed, error-code=permission_denied]', duration: 1 });
    expect(tagged.result.body.error.code).toBe('permission_denied');
    const both = await createJob(mock.url(), { prompt: 'a cat [mock: outcome=failed]' }, 'timing=instant, outcome=done');
    expect((await poll(mock.url(), both)).body.status).toBe('done');
  });
});

describe('HTTP errors on the create or the poll', () => {
  it('create-status makes the POST itself fail in the live error shape', async () => {
    for (const [status, code] of [
      [401, 'unauthenticated'],
      [429, 'resource-exhausted'],
      [500, 'internal'],
      [503, 'unavailable'],
      [529, 'overloaded'],
    ] as const) {
      const result = await post(mock.url(), '/v1/videos/generations', BODY, { prefer: `create-status=${status}` });
      expect(result.status).toBe(status);
      expect(result.body).toEqual({ code, error: expect.stringMatching(/\(requested with Prefer: create-status\)$/) });
    }
    const limited = await post(mock.url(), '/v1/videos/generations', BODY, { prefer: 'create-status=429' });
    expect(limited.headers.get('retry-after')).toBe('1');
  });

  it('poll-status makes every poll of that job fail', async () => {
    const id = await createJob(mock.url(), BODY, 'timing=instant, poll-status=503');
    for (let i = 0; i < 2; i++) {
      const result = await poll(mock.url(), id);
      expect(result.status).toBe(503);
      expect(result.body.code).toBe('unavailable');
    }
  });
});

describe('dialects', () => {
  it('legacy-pending-200 answers pending as 200', async () => {
    const id = await createJob(mock.url(), BODY, 'dialect=legacy-pending-200');
    const result = await poll(mock.url(), id);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'pending' });
  });

  it('empty-202 answers pending with no body', async () => {
    const id = await createJob(mock.url(), BODY, 'dialect=empty-202');
    const result = await poll(mock.url(), id);
    expect(result.status).toBe(202);
    expect(result.text).toBe('');
  });

  it('no-status finishes without a status field', async () => {
    const { result } = await finish('dialect=no-status');
    expect(result.body.status).toBeUndefined();
    expect(result.body.video.url).toContain('.mp4');
  });
});

describe('bad controls are errors, never silently ignored', () => {
  it.each(['outcome=processing', 'outcom=failed', 'polls=0', 'create-status=418', 'dialect=ancient', 'timing=fast'])(
    'Prefer: %s → 400',
    async (prefer) => {
      const result = await post(mock.url(), '/v1/videos/generations', BODY, { prefer });
      expect(result.status).toBe(400);
      expect(result.body).toEqual({ code: 'invalid-argument', error: expect.stringContaining('mock control') });
    },
  );

  it('standard RFC 7240 preferences are accepted', async () => {
    expect((await post(mock.url(), '/v1/videos/generations', BODY, { prefer: 'respond-async, wait=5' })).status).toBe(200);
  });
});

describe('a server-wide default outcome', () => {
  const failing = useMock({ outcome: 'failed', errorCode: 'service_unavailable' });

  it('ends every job so, and a request can still ask for another outcome', async () => {
    const id = await createJob(failing.url(), BODY, 'timing=instant');
    expect((await poll(failing.url(), id)).body).toMatchObject({ status: 'failed', error: { code: 'service_unavailable' } });
    const done = await createJob(failing.url(), BODY, 'timing=instant, outcome=done');
    expect((await poll(failing.url(), done)).body.status).toBe('done');
  });

  it('an error-code with an outcome other than failed is refused, not ignored', async () => {
    const result = await post(mock.url(), '/v1/videos/generations', BODY, { prefer: 'outcome=done, error-code=internal_error' });
    expect(result.status).toBe(400);
    expect(result.body.error).toContain('error-code goes with outcome=failed');
  });
});
