// listModels / getModel on a scripted fetch: the documented shape comes back typed, the
// request goes to the right path with the key, 404 and shape drift become typed errors,
// and a 503 is retried like every GET.
import { describe, expect, it } from 'vitest';
import { UnexpectedResponseError, VideoHttpError } from '../../src/client/index.js';
import { API_KEY, BASE_URL, setupClient } from './support/setup-client.js';

const model15 = {
  id: 'grok-imagine-video-1.5',
  fingerprint: 'fp_5b0e3c1a97',
  created: 1782086400,
  object: 'model',
  owned_by: 'xai',
  version: '1.5.0',
  input_modalities: ['text', 'image', 'audio'],
  output_modalities: ['video'],
  aliases: ['grok-imagine-video-1.5-preview'],
};

describe('listModels', () => {
  it('GETs /v1/video-generation-models with the key and returns the models', async () => {
    const { client, http } = setupClient([{ status: 200, body: { models: [model15] } }]);
    const list = await client.listModels();
    expect(list.models.map((m) => m.id)).toEqual(['grok-imagine-video-1.5']);
    expect(list.models[0]?.aliases).toEqual(['grok-imagine-video-1.5-preview']);
    expect(http.requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET ${BASE_URL}/v1/video-generation-models`]);
    expect(http.requests[0]?.headers.get('authorization')).toBe(`Bearer ${API_KEY}`);
  });

  it('retries a 503 and then answers', async () => {
    const { client, http } = setupClient([
      { status: 503, body: { code: 'unavailable', error: 'later' } },
      { status: 200, body: { models: [] } },
    ]);
    expect(await client.listModels()).toEqual({ models: [] });
    expect(http.requests).toHaveLength(2);
  });

  it.each([
    ['the SDK-style list shape', { object: 'list', data: [model15] }],
    ['a model without an id', { models: [{ object: 'model' }] }],
    ['a body that is not JSON', 'not json'],
  ])('refuses %s with UnexpectedResponseError', async (_label, body) => {
    const { client } = setupClient([{ status: 200, body }]);
    await expect(client.listModels()).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe('getModel', () => {
  it('GETs the model by id, escaping the path segment', async () => {
    const { client, http } = setupClient([
      { status: 200, body: model15 },
      { status: 200, body: model15 },
    ]);
    expect((await client.getModel('grok-imagine-video-1.5')).input_modalities).toContain('audio');
    await client.getModel('custom/alias');
    expect(http.requests.map((r) => r.url)).toEqual([
      `${BASE_URL}/v1/video-generation-models/grok-imagine-video-1.5`,
      `${BASE_URL}/v1/video-generation-models/custom%2Falias`,
    ]);
  });

  it('turns an unknown model (404) into a VideoHttpError with the API code', async () => {
    const { client } = setupClient([
      { status: 404, body: { code: 'not-found', error: 'The model x does not exist' }, headers: { 'x-request-id': 'xr-1' } },
    ]);
    const error = await client.getModel('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VideoHttpError);
    expect(error).toMatchObject({ status: 404, apiCode: 'not-found', xRequestId: 'xr-1' });
  });

  it('rejects an empty id before sending anything', async () => {
    const { client, http } = setupClient([]);
    await expect(client.getModel('')).rejects.toBeInstanceOf(TypeError);
    expect(http.requests).toHaveLength(0);
  });
});
