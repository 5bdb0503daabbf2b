// Bad input gets the live API's status and flat {code, error} body naming the problem:
// never a 500, a crash or a hang (strict mode is on, so every answer also matches the spec).
import { describe, expect, it } from 'vitest';
import { AUTH, call, createJob, JSON_HEADERS, poll, post, send, useMock } from './mock-kit.js';

const mock = useMock({ maxBodyBytes: 512 * 1024 });
const GEN = '/v1/videos/generations';

/** The live code of each status bad input gets (src/server/error-catalogue.ts, the README's catalogue). */
const CODE_OF: Record<number, string> = {
  400: 'invalid-argument',
  401: 'unauthenticated',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'invalid-argument',
  429: 'resource-exhausted',
};

function expectError(result: { status: number; body: any }, status: number, fragment: string): void {
  expect(result.status).toBe(status);
  expect(result.body).toEqual({ code: CODE_OF[status], error: expect.stringContaining(fragment) });
}

const raw = (body: string, headers: Record<string, string> = {}) =>
  call(`${mock.url()}${GEN}`, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body });
const nestedArrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('hostile structure', () => {
  it('a 10 KB body of arrays nested 5,000 deep, in any field or at the top → 400, never a 500', async () => {
    expectError(await raw(nestedArrays(5_000)), 400, 'nests deeper than 100 levels');
    for (const field of ['prompt', 'model', 'duration', 'image', 'keyframes', 'zz']) {
      const others = field === 'prompt' ? '' : '"prompt":"a",';
      expectError(await raw(`{${others}${JSON.stringify(field)}:${nestedArrays(5_000)}}`), 400, 'nests deeper than 100 levels');
    }
  });

  it('nesting within the limit is judged by the schema: a 422 that shows the start of it', async () => {
    expectError(await raw(`{"prompt":${nestedArrays(99)}}`), 422, `prompt: must be of type string (got ${'['.repeat(37)}...)`);
  });

  it('a key twice in one object → 400 naming it (JSON.parse would keep only the last)', async () => {
    expectError(await raw('{"prompt":"a boat","prompt":"a cat"}'), 400, 'the key "prompt" twice in one object (at prompt)');
    expectError(
      await raw('{"prompt":"a","image":{"url":"https://a.example/a.png","url":"https://a.example/b.png"}}'),
      400,
      '(at image.url)',
    );
  });

  it('a byte order mark before the JSON text → 400 (JSON text must not start with one), not dropped silently', async () => {
    expectError(await raw('\ufeff{"prompt":"a"}'), 400, 'not valid JSON');
  });

  it('number tokens JSON.parse takes: 1e400 is Infinity, refused as what it is', async () => {
    expectError(await raw('{"prompt":"a","duration":1e400}'), 422, 'duration: must be of type integer (got Infinity)');
    expectError(await raw('{"prompt":"a","duration":1e-400}'), 422, 'duration: must be >= 1 (got 0)');
  });
});

describe('hostile structure with the rate limit on', () => {
  const limited = useMock({ rateLimit: { perSecond: 1000 } });
  it('a model that is a deep array or a megabyte of text is one bucket, and a documented 4xx', async () => {
    const send = (body: string) => call(`${limited.url()}${GEN}`, { method: 'POST', headers: JSON_HEADERS, body });
    const megabyte = JSON.stringify({ prompt: 'a', model: 'm'.repeat(400_000) });
    expectError(await send(`{"prompt":"a","model":${nestedArrays(99)}}`), 422, 'model: must be of type string');
    // The same tick of the fake clock, the same bucket ("unknown-model"): this one waits its turn.
    expectError(await send(megabyte), 429, 'per second per model');
    // A known model has a bucket of its own.
    expect((await send(JSON.stringify({ prompt: 'a', model: 'grok-imagine-video' }))).status).toBe(200);
    limited.wallClock.advance(1);
    expectError(await send(megabyte), 404, 'does not exist');
  });
});

describe('the body as a whole', () => {
  it('malformed JSON → 400', async () => {
    expectError(
      await call(`${mock.url()}${GEN}`, { method: 'POST', headers: JSON_HEADERS, body: '{"prompt": "a cat",' }),
      400,
      'not valid JSON',
    );
  });

  it('wrong or missing content type → 415 that says which content type arrived', async () => {
    expectError(
      await call(`${mock.url()}${GEN}`, { method: 'POST', headers: { ...AUTH, 'content-type': 'text/plain' }, body: '{"prompt":"a"}' }),
      415,
      'Expected a JSON body with Content-Type: application/json; got Content-Type "text/plain".',
    );
    const form = await call(`${mock.url()}${GEN}`, { method: 'POST', headers: AUTH, body: new URLSearchParams({ prompt: 'a' }) });
    expectError(form, 415, 'got Content-Type "application/x-www-form-urlencoded;charset=UTF-8"');
    const long = await call(`${mock.url()}${GEN}`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': `text/plain; x=${'y'.repeat(300)}` },
      body: '{}',
    });
    expect(long.body.error).toMatch(/got Content-Type "text\/plain; x=y+\.\.\."\.$/);
    expect(long.body.error.length).toBeLessThan(200);
  });

  it('no content type at all → 415 that says none arrived', async () => {
    const answer = await send(`${mock.url()}${GEN}`, { method: 'POST', headers: AUTH, body: new Uint8Array([123, 125]) });
    expect(answer.status).toBe(415);
    expect(await answer.json()).toEqual({
      code: 'unsupported-media-type',
      error: 'Expected a JSON body with Content-Type: application/json; got no Content-Type header.',
    });
  });

  it('empty body → 415', async () => {
    expectError(await call(`${mock.url()}${GEN}`, { method: 'POST', headers: JSON_HEADERS, body: '' }), 415, 'empty');
  });

  it('a JSON value that is not an object → 422', async () => {
    expectError(await call(`${mock.url()}${GEN}`, { method: 'POST', headers: JSON_HEADERS, body: '[1,2]' }), 422, 'must be a JSON object');
  });

  it('oversized body → 413, and the server keeps answering', async () => {
    const huge = JSON.stringify({ prompt: 'x'.repeat(1024 * 1024) });
    expectError(await call(`${mock.url()}${GEN}`, { method: 'POST', headers: JSON_HEADERS, body: huge }), 413, 'exceeds');
    expect((await post(mock.url(), GEN, { prompt: 'a cat' })).status).toBe(200);
  });
});

describe('fields', () => {
  it.each([
    [{ prompt: 'a', duration: 20 }, 'duration: must be <= 15'],
    [{ prompt: 'a', duration: 0 }, 'duration: must be >= 1'],
    [{ prompt: 'a', duration: '8' }, 'duration: must be of type integer'],
    [{ prompt: 'a', duration: 2.5 }, 'duration: must be of type integer'],
    [{ prompt: 'a', resolution: '4k' }, 'resolution: must be one of 480p, 720p, 1080p'],
    [{ prompt: 'a', aspect_ratio: '7:5' }, 'aspect_ratio: must be one of'],
    [{ prompt: 'a', image: { url: 'ftp://x/y.png' } }, 'image.url: must be an http(s) URL'],
    [{ prompt: 'a', image: {} }, 'image: must be an object with exactly one of'],
    [{ prompt: 'a', image: { url: 'https://a/b.png', file_id: 'f' } }, 'image: must be an object with exactly one of'],
    [{ prompt: 'a', reference_images: [] }, 'reference_images: must NOT have fewer than 1 items'],
    [{ prompt: 'a', nonsense: true }, '"nonsense" is not a field'],
    [{ prompt: 42 }, 'prompt: must be of type string'],
  ])('%j → 422 naming the field', async (body, message) => {
    expectError(await post(mock.url(), GEN, body), 422, message);
  });

  it('a __proto__ key sent on the wire is rejected, not dropped', async () => {
    const result = await call(`${mock.url()}${GEN}`, { method: 'POST', headers: JSON_HEADERS, body: '{"prompt":"a","__proto__":{"x":1}}' });
    expectError(result, 422, '"__proto__" is not a field');
  });

  it('an unknown model → 404 like the live API', async () => {
    expectError(await post(mock.url(), GEN, { prompt: 'a', model: 'grok-imagine-video-9' }), 404, 'grok-imagine-video-9');
  });

  it('never echoes a huge value back', async () => {
    const result = await post(mock.url(), GEN, { prompt: 'a', resolution: 'z'.repeat(5000) });
    expect(result.status).toBe(422);
    expect(result.text.length).toBeLessThan(300);
  });
});

describe("what the schema states, answered with the spec's own words", () => {
  const MODES = 'send a non-blank prompt, or one of image (image-to-video), reference_images (reference-to-video)';
  it.each([
    [{}, `prompt is required for text-to-video: ${MODES}`],
    [{ duration: 4 }, `prompt is required for text-to-video: ${MODES}`],
    [{ reference_audios: [{ voice_id: 'eve' }] }, 'prompt is required for text-to-video'],
    [{ prompt: '   ' }, `prompt must not be blank for text-to-video: ${MODES}`],
    [{ prompt: 'a', duration: 4, seconds: 5 }, 'duration and seconds cannot be sent together: send only duration'],
    [{ prompt: 'a', duration: 4, seconds: 4 }, 'duration and seconds cannot be sent together'],
    [
      { prompt: 'a', model: 'grok-imagine-video-1.5', keyframes: [{ image: { url: 'https://a.example/k.png' }, timestamp_s: 0 }] },
      'keyframes[0].timestamp_s: must be > 0 (got 0)',
    ],
    [
      { prompt: 'a', model: 'grok-imagine-video-1.5', keyframes: [{ image: { url: 'https://a.example/k.png' }, timestamp_s: 15 }] },
      'keyframes[0].timestamp_s: must be < 15 (got 15)',
    ],
  ])('%j → 422', async (body, message) => {
    expectError(await post(mock.url(), GEN, body), 422, message);
  });
});

describe('rules a schema cannot say', () => {
  it.each([
    [
      { prompt: 'a', image: { url: 'https://a/b.png' }, reference_images: [{ url: 'https://a/c.png' }] },
      400,
      'does not take image together with reference_images',
    ],
    [{ prompt: 'a', reference_images: [{ url: 'https://a/c.png' }], duration: 11 }, 400, 'limits reference-to-video to 1–10 seconds'],
    [
      { prompt: 'a', model: 'grok-imagine-video-1.5', reference_images: [{ url: 'https://a/c.png' }], resolution: '1080p' },
      400,
      'limits reference-to-video to 720p',
    ],
    [{ prompt: 'a', resolution: '1080p' }, 400, 'does not support resolution 1080p'],
    [
      { prompt: 'a', model: 'grok-imagine-video-1.5', duration: 4, keyframes: [{ image: { url: 'https://a/k.png' }, timestamp_s: 4 }] },
      422,
      'less than the duration',
    ],
  ])('%j → %i', async (body, status, message) => {
    expectError(await post(mock.url(), GEN, body), status, message);
  });

  // The live API, 2026-09 (docs/contract-decisions.md rows 69–70): 14 reference images on both
  // models, and one too many is a 400 in its own words, not the schema's 422, at any count.
  const refs = (count: number) => Array.from({ length: count }, (_, i) => ({ url: `https://a/r${i}.png` }));
  it.each(['grok-imagine-video', 'grok-imagine-video-1.5'])('%s takes 14 reference images', async (model) => {
    expect((await post(mock.url(), GEN, { prompt: 'a', model, duration: 4, reference_images: refs(14) })).status).toBe(200);
  });

  it.each([
    ['15 reference images on classic', { reference_images: refs(15) }, 'Too many reference images: 15. Maximum allowed is 14.'],
    [
      '15 reference images on 1.5',
      { model: 'grok-imagine-video-1.5', reference_images: refs(15) },
      'Too many reference images: 15. Maximum allowed is 14.',
    ],
    ['40 reference images', { reference_images: refs(40) }, 'Too many reference images: 40. Maximum allowed is 14.'],
    [
      '4 voices on 1.5',
      { model: 'grok-imagine-video-1.5', reference_audios: [1, 2, 3, 4].map(() => ({ voice_id: 'eve' })) },
      'Too many reference audios: 4. Maximum allowed is 3.',
    ],
    [
      '5 keyframes on 1.5',
      { model: 'grok-imagine-video-1.5', keyframes: [1, 2, 3, 4, 5].map((t) => ({ image: { url: 'https://a/k.png' }, timestamp_s: t })) },
      'Too many keyframes: 5. Maximum allowed is 4.',
    ],
  ])('%s → 400 in the live words', async (_name, body, message) => {
    const answer = await post(mock.url(), GEN, { prompt: 'a', duration: 8, ...body });
    expect(answer.status, answer.text).toBe(400);
    expect(answer.body).toEqual({ code: 'invalid-argument', error: message });
  });

  it('too many of an input the model does not take is that input refused, and an unknown model is still a 404', async () => {
    const lite = await post(mock.url(), GEN, { prompt: 'a', model: 'grok-imagine-video-1.5-lite', reference_images: refs(15) });
    expectError(lite, 400, 'does not take reference_images');
    expectError(
      await post(mock.url(), GEN, { prompt: 'a', model: 'grok-imagine-video-9', reference_images: refs(15) }),
      404,
      'grok-imagine-video-9',
    );
  });

  it('image-to-video without a prompt and 1080p on the 1.5 model are fine', async () => {
    expect((await post(mock.url(), GEN, { image: { url: 'https://a/b.png' } })).status).toBe(200);
    expect((await post(mock.url(), GEN, { prompt: 'a', model: 'grok-imagine-video-1.5', resolution: '1080p' })).status).toBe(200);
    // The newest docs: a prompt is required only for text-to-video.
    expect((await post(mock.url(), GEN, { reference_images: [{ url: 'https://a/c.png' }] })).status).toBe(200);
  });

  it('extension input must be 2–15 s, edit input at most 8.7 s', async () => {
    const oneSecond = await createJob(mock.url(), { prompt: 'a', duration: 1 }, 'timing=instant');
    const tenSeconds = await createJob(mock.url(), { prompt: 'a', duration: 10 }, 'timing=instant');
    const url = async (id: string) => (await poll(mock.url(), id)).body.video.url as string;
    expectError(
      await post(mock.url(), '/v1/videos/extensions', { prompt: 'more', video: { url: await url(oneSecond) } }),
      400,
      '2 to 15 seconds',
    );
    expectError(
      await post(mock.url(), '/v1/videos/edits', { prompt: 'sepia', video: { url: await url(tenSeconds) } }),
      400,
      'at most 8.7 seconds',
    );
    expectError(
      await post(
        mock.url(),
        '/v1/videos/extensions',
        { prompt: 'more', video: { url: 'https://x/y.mp4' } },
        { prefer: 'input-duration=16' },
      ),
      400,
      '2 to 15 seconds',
    );
  });

  it('a data:video/mp4 input is measured; garbage is refused', async () => {
    const source = await createJob(mock.url(), { prompt: 'a', duration: 3 }, 'timing=instant');
    const mp4 = Buffer.from(await (await send((await poll(mock.url(), source)).body.video.url)).arrayBuffer());
    const id = await createJob(
      mock.url(),
      { prompt: 'b', video: { url: `data:video/mp4;base64,${mp4.toString('base64')}` } },
      'timing=instant',
      '/v1/videos/edits',
    );
    expect((await poll(mock.url(), id)).body.video.duration).toBe(3);
    expectError(
      await post(mock.url(), '/v1/videos/edits', { prompt: 'b', video: { url: 'data:video/mp4;base64,AAAA' } }),
      400,
      'not a readable MP4',
    );
  });
});

describe('tutorial mistakes get a helpful error', () => {
  it('video_id says the live API takes video: {url}', async () => {
    for (const path of ['/v1/videos/extensions', '/v1/videos/edits']) {
      const result = await post(mock.url(), path, { prompt: 'more', video_id: 'd97415a1-5796-b7ec-379f-4e6819e08fdf' });
      expectError(result, 422, 'video_id is not a field');
      expect(result.body.error).toContain('"video": {"url"');
      expect(result.body.error).toContain("the finished job's video.url");
    }
  });

  it('a top-level image_url points at image: {url}', async () => {
    expectError(await post(mock.url(), GEN, { prompt: 'a', image_url: 'https://a/b.png' }), 422, '"image": {"url"');
  });
});

describe('routes, methods and ids', () => {
  it('unknown paths → 404, wrong methods → 405 with Allow', async () => {
    expectError(await call(`${mock.url()}/v1/images/generations`, { method: 'POST', headers: JSON_HEADERS, body: '{}' }), 404, 'No route');
    const wrong = await call(`${mock.url()}${GEN}`, { headers: AUTH });
    expectError(wrong, 405, 'allowed: POST');
    expect(wrong.headers.get('allow')).toContain('POST');
    expectError(await call(`${mock.url()}/v1/videos/abc`, { method: 'DELETE', headers: AUTH }), 405, 'allowed: GET');
  });

  it('odd ids → 404, never a 500', async () => {
    for (const id of ['%E0%A4%A', '..%2F..%2Fetc', 'x'.repeat(2000), '%00']) {
      const result = await call(`${mock.url()}/v1/videos/${id}`, { headers: AUTH });
      expect(result.status, id.slice(0, 20)).toBe(404);
      expect(result.body).toEqual({ code: 'not-found', error: expect.stringMatching(/^No (video request with id|route for GET) /) });
      expect(result.body.error.length, 'the id is echoed shortened').toBeLessThan(300);
    }
  });
});

describe('URLs: one grammar for every kind, checked by the schema alone', () => {
  // Each of these parses with WHATWG URL or not, and the pattern agrees (spec "URLs").
  const UNREADABLE = ['https://)', 'http://9|zzx_%', 'https://example.123', 'https://a.example:65536/x', 'https://xn--zz.example/'];
  it.each(UNREADABLE)('%s is a 422 naming the field, for a source video and for an upload target alike', async (url) => {
    for (const path of ['/v1/videos/extensions', '/v1/videos/edits']) {
      expectError(await post(mock.url(), path, { prompt: 'more', video: { url } }), 422, 'video.url: must be an http(s) URL');
    }
    expectError(
      await post(mock.url(), GEN, { prompt: 'a', output: { upload_url: url } }),
      422,
      'output.upload_url: must be an http(s) URL',
    );
    expectError(await post(mock.url(), GEN, { prompt: 'a', image: { url } }), 422, 'image.url: must be an http(s) URL');
  });

  it("the mock's own URLs, IPv4, IPv6 and presigned URLs are accepted everywhere", async () => {
    for (const url of [
      'http://127.0.0.1:4010/a.mp4',
      'http://[::1]:4010/a.mp4',
      'https://b.s3.amazonaws.com/k.mp4?X-Amz-Signature=ab%2F&x=1',
    ]) {
      expect((await post(mock.url(), '/v1/videos/edits', { prompt: 'more', video: { url } })).status, url).toBe(200);
      expect((await post(mock.url(), GEN, { prompt: 'a', output: { upload_url: url } })).status, url).toBe(200);
    }
  });
});
