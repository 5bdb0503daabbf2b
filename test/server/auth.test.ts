// Auth like the live API, and keys kept out of logs and answers.
import { describe, expect, it } from 'vitest';
import { call, post, useMock } from './mock-kit.js';

const anyKey = useMock();
const keyed = useMock({ apiKeys: ['key-one', 'key-two'] });
const GEN = '/v1/videos/generations';
const BODY = JSON.stringify({ prompt: 'a cat' });

describe('bearer auth', () => {
  it.each([
    ['no header', {}],
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['an empty bearer', { authorization: 'Bearer ' }],
  ])('%s → 401', async (_name, headers) => {
    for (const init of [{ method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: BODY }, { headers }]) {
      const path = init.method === 'POST' ? GEN : '/v1/videos/d97415a1-5796-b7ec-379f-4e6819e08fdf';
      const result = await call(`${anyKey.url()}${path}`, init as RequestInit);
      expect(result.status).toBe(401);
      expect(result.body).toEqual({ code: 'unauthenticated', error: expect.stringContaining('Bearer') });
    }
  });

  it('any well-formed bearer works by default', async () => {
    expect((await post(anyKey.url(), GEN, { prompt: 'a' }, { authorization: 'Bearer whatever' })).status).toBe(200);
  });

  it('with --api-key, other keys get the live 400 and never see their key echoed', async () => {
    const wrong = await post(keyed.url(), GEN, { prompt: 'a' }, { authorization: 'Bearer sk-secret-wrong-key' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('invalid-argument');
    expect(wrong.text).not.toContain('sk-secret-wrong-key');
    expect((await post(keyed.url(), GEN, { prompt: 'a' }, { authorization: 'Bearer key-two' })).status).toBe(200);
  });

  // The mock is strict: a 400 the spec does not list for an operation would come back as
  // a 500 mock-contract-violation (as the models endpoints did before they listed it).
  it.each([
    ['generateVideo', 'POST', GEN],
    ['extendVideo', 'POST', '/v1/videos/extensions'],
    ['editVideo', 'POST', '/v1/videos/edits'],
    ['getVideo', 'GET', '/v1/videos/d97415a1-5796-b7ec-379f-4e6819e08fdf'],
    ['listVideoGenerationModels', 'GET', '/v1/video-generation-models'],
    ['getVideoGenerationModel', 'GET', '/v1/video-generation-models/grok-imagine-video'],
  ])('%s: a wrong key is the documented 400 in the live shape', async (_operation, method, path) => {
    const headers = { authorization: 'Bearer sk-secret-wrong-key', 'content-type': 'application/json' };
    const init = method === 'POST' ? { method, headers, body: BODY } : { headers };
    const wrong = await call(`${keyed.url()}${path}`, init);
    expect(wrong.status).toBe(400);
    expect(wrong.body).toEqual({ code: 'invalid-argument', error: expect.stringContaining('Incorrect API key') });
    expect(wrong.text).not.toContain('sk-secret-wrong-key');
  });
});
