// The core's entry for hosts that decode their own wire format (the gRPC host):
// handleOperation takes the body the spec describes, or the job to poll, and answers
// exactly as `handle` answers the REST request it stands for: the same guard, controls,
// rules and messages, with video.url on the origin the host names.
import { describe, expect, it } from 'vitest';
import {
  createMockCore,
  type DecodedCall,
  type MockAnswer,
  type MockOptions,
  type MockReply,
  normaliseMockOptions,
  RESET_CONNECTION,
} from '../../src/server/index.js';
import { requestValidators } from '../../src/spec/spec-bundle.js';

const START_MS = Date.UTC(2026, 5, 1);
const ORIGIN = 'http://127.0.0.1:4010';
const CALL: DecodedCall = { headers: { authorization: 'Bearer k' }, origin: ORIGIN };
const encoder = new TextEncoder();

function core(options: MockOptions = {}) {
  return createMockCore(normaliseMockOptions({ quiet: true, now: () => START_MS, ...options }), { validators: requestValidators() });
}

async function reply(answer: MockAnswer | Promise<MockAnswer>): Promise<MockReply> {
  const settled = await answer;
  if (settled === RESET_CONNECTION) throw new Error('unexpected reset');
  return settled;
}

/** The same request over REST, through `handle`. */
function rest(mock: ReturnType<typeof core>, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const bytes = encoder.encode(body === undefined ? '' : JSON.stringify(body));
  return reply(
    mock.handle({
      method,
      path,
      query: '',
      headers: { authorization: 'Bearer k', 'content-type': 'application/json', ...headers },
      origin: ORIGIN,
      readBody: async () => bytes,
    }),
  );
}

const create = (mock: ReturnType<typeof core>, body: Record<string, unknown>, call: DecodedCall = CALL) =>
  reply(mock.handleOperation({ operationId: 'generateVideo', body }, call));
const poll = (mock: ReturnType<typeof core>, requestId: string, call: DecodedCall = CALL) =>
  reply(mock.handleOperation({ operationId: 'getVideo', requestId }, call));

describe('handleOperation', () => {
  it('answers a decoded create and its poll as handle answers the REST requests (headers included)', async () => {
    const mock = core({ timing: 'instant' });
    const created = await create(mock, { prompt: 'a', duration: 2 });
    expect(created).toMatchObject({ status: 200, json: { request_id: expect.any(String) } });
    const id = (created.json as { request_id: string }).request_id;
    const decoded = await poll(mock, id);
    const viaRest = await rest(mock, 'GET', `/v1/videos/${id}`);
    expect(decoded.json).toEqual(viaRest.json);
    expect((decoded.json as { video: { url: string } }).video.url).toBe(`${ORIGIN}/__mock/videos/xai-video-${id}.mp4`);
    expect(Object.keys(decoded.headers).sort()).toEqual(Object.keys(viaRest.headers).sort());
  });

  it.each<[string, Record<string, unknown>, DecodedCall]>([
    ['no key', { prompt: 'a' }, { headers: {}, origin: ORIGIN }],
    ['a field out of range', { prompt: 'a', duration: 20 }, CALL],
    ['an unknown model', { prompt: 'a', model: 'grok-imagine-video-9' }, CALL],
    ['a bad control in the prompt tag', { prompt: 'a [mock: outcome=sometimes]' }, CALL],
    ['a bad control in the metadata', { prompt: 'a' }, { ...CALL, headers: { ...CALL.headers, prefer: 'outcom=failed' } }],
  ])('refuses %s with the REST status and message', async (_, body, call) => {
    const mock = core();
    const decoded = await create(mock, body, call);
    const headers: Record<string, string> = call.headers.authorization ? {} : { authorization: '' };
    if (call.headers.prefer) headers.prefer = call.headers.prefer;
    const viaRest = await rest(mock, 'POST', '/v1/videos/generations', body, headers);
    expect(decoded.status).toBeGreaterThanOrEqual(400);
    expect([decoded.status, decoded.json]).toEqual([viaRest.status, viaRest.json]);
  });

  it('polls any id without a crash: empty, with a slash, unknown: 404 naming it', async () => {
    const mock = core();
    for (const id of ['', '../x', '00000000-0000-0000-0000-000000000000']) {
      expect(await poll(mock, id)).toMatchObject({ status: 404, json: { code: 'not-found', error: `No video request with id ${id}.` } });
    }
  });

  it('builds video.url on publicUrl when it is set, else on the origin the host names', async () => {
    const mock = core({ timing: 'instant', publicUrl: 'https://mock.example.test' });
    const id = ((await create(mock, { prompt: 'a' })).json as { request_id: string }).request_id;
    expect(((await poll(mock, id)).json as { video: { url: string } }).video.url).toMatch(/^https:\/\/mock\.example\.test\/__mock\//);
  });

  it('meets the same faults: an injected reset is the reset answer', async () => {
    const mock = core({ faults: { resetRate: 1 } });
    expect(await mock.handleOperation({ operationId: 'generateVideo', body: { prompt: 'a' } }, CALL)).toBe(RESET_CONNECTION);
  });
});

describe('a job’s controls on a poll', () => {
  const prefer = (value: string): DecodedCall => ({ ...CALL, headers: { ...CALL.headers, prefer: value } });

  it('are refused over REST and from per-call metadata: the create decided the job', async () => {
    const mock = core({ timing: 'instant' });
    const id = ((await create(mock, { prompt: 'a' })).json as { request_id: string }).request_id;
    expect((await poll(mock, id, prefer('outcome=failed'))).status).toBe(400);
    expect((await rest(mock, 'GET', `/v1/videos/${id}`, undefined, { prefer: 'outcome=failed' })).status).toBe(400);
  });

  it('are checked and passed over when the metadata is per client (the Python SDK sends it with every call)', async () => {
    const mock = core({ timing: 'instant' });
    const perClient = (value: string): DecodedCall => ({ ...prefer(value), preferPerClient: true });
    const id = (
      (await create(mock, { prompt: 'a' }, perClient('outcome=failed, error-code=internal_error'))).json as { request_id: string }
    ).request_id;
    const polled = await poll(mock, id, perClient('outcome=failed, error-code=internal_error'));
    expect(polled).toMatchObject({ status: 200, json: { status: 'failed', error: { code: 'internal_error' } } });
    // A typo is still refused, on the poll too; Prism's poll controls still apply.
    const typo = await poll(mock, id, perClient('outcome=sometimes'));
    expect(typo).toMatchObject({ status: 400, json: { code: 'invalid-argument', error: expect.stringContaining('unknown outcome') } });
    expect((await poll(mock, id, perClient('outcome=failed, code=504'))).status).toBe(504);
  });
});
