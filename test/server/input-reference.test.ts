// `input_reference`, the deprecated alias of `image` (xAI's OpenAPI document: "Also accepts
// `input_reference` for compatibility (same semantics — first frame)"; OpenAI's Sora API
// names its first frame so): code that sends it works live, so it works on the mock, and
// the job is the job the same request with `image` makes, down to the ratio read from a
// `data:` image, the price and the video that opens on the picture. Sending both is the 422
// that `duration` with its alias `seconds` gets.
import { encode as encodePng } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { capabilityRows } from '../../src/capabilities/index.js';
import { decodeJobId } from '../../src/lifecycle/index.js';
import { createJob, poll, post, send, useMock } from './mock-kit.js';

const SECRET = 'input-reference-test';
const mock = useMock({ secret: SECRET });
const GEN = '/v1/videos/generations';
type Body = Record<string, unknown>;

/** A real 48 × 64 PNG (3:4, away from the 16:9 default): its ratio is readable, its pixels decodable. */
function portraitPng(): string {
  const [width, height] = [48, 64];
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set(i < (width * height) / 2 ? [240, 140, 20, 255] : [20, 160, 170, 255], i * 4);
  return `data:image/png;base64,${Buffer.from(encodePng({ width, height, data })).toString('base64')}`;
}

/** The same request twice: the first frame as `image`, and as `input_reference`. */
function bothWays(body: Body, frame: Body): [Body, Body] {
  return [
    { ...body, image: frame },
    { ...body, input_reference: frame },
  ];
}

async function finished(body: Body) {
  const id = await createJob(mock.url(), body, 'timing=instant');
  const done = await poll(mock.url(), id);
  expect(done.status).toBe(200);
  const video = await send(done.body.video.url);
  return { id, ticket: decodeJobId(id, SECRET), done: done.body, mp4: Buffer.from(await video.arrayBuffer()) };
}

/** A poll body without what names the job itself (its id is in the video's URL). */
const withoutUrl = ({ video, ...rest }: { video: { url: string } }) => ({ ...rest, video: { ...video, url: undefined } });

describe('input_reference is image', () => {
  it('alone, with no prompt: 200, the image-to-video job the same request with image makes (ratio, price, first frame)', async () => {
    const request = { model: 'grok-imagine-video-1.5', duration: 2, resolution: '720p', aspect_ratio: '16:9' };
    const [asImage, asAlias] = bothWays(request, { url: portraitPng() });
    const expected = await finished(asImage);
    const got = await finished(asAlias);
    // The ratio is the picture's (aspect_ratio is ignored with a first frame), one input image is billed.
    expect(got.ticket).toMatchObject({ operation: 'generation', aspectRatio: '3:4', inputImages: 1, durationSeconds: 2 });
    expect({ ...got.ticket, createdAtMs: 0 }).toEqual({ ...expected.ticket, createdAtMs: 0 });
    // 2 s × $0.14 at 720p + one image × $0.01 = $0.29.
    expect(got.done.usage).toEqual({ cost_in_usd_ticks: 2_900_000_000 });
    expect(withoutUrl(got.done)).toEqual(withoutUrl(expected.done));
    // The data: PNG was kept: the video opens on it, byte for byte the one image makes.
    expect(got.mp4.equals(expected.mp4)).toBe(true);
    const testCard = await finished({ ...request, image: { url: 'https://example.com/portrait.png' } });
    expect(got.mp4.equals(testCard.mp4)).toBe(false);
  });

  it('with an https URL, an image_url or a file_id, on every model: accepted, and billed as one input image', async () => {
    for (const row of capabilityRows()) {
      for (const frame of [{ url: 'https://example.com/a.jpg' }, { image_url: 'https://example.com/a.jpg' }, { file_id: 'file_1' }]) {
        const [asImage, asAlias] = bothWays({ model: row.id, prompt: 'waves', duration: 1 }, frame);
        const [expected, got] = [await finished(asImage), await finished(asAlias)];
        expect(got.ticket?.inputImages, `${row.id} ${JSON.stringify(frame)}`).toBe(1);
        expect(withoutUrl(got.done)).toEqual(withoutUrl(expected.done));
      }
    }
  });

  it('together with image: 422, as duration with seconds is, naming both', async () => {
    const frame = { url: 'https://example.com/a.jpg' };
    const both = await post(mock.url(), GEN, { prompt: 'a', image: frame, input_reference: frame });
    const durations = await post(mock.url(), GEN, { prompt: 'a', duration: 4, seconds: 4 });
    expect(both.status).toBe(durations.status);
    expect(both.status).toBe(422);
    expect(both.body).toEqual({ code: durations.body.code, error: 'image and input_reference cannot be sent together: send only image' });
    expect(durations.body.error).toBe('duration and seconds cannot be sent together: send only duration');
    // Not even the same picture twice (as duration 4 with seconds 4 is refused).
    expect((await post(mock.url(), GEN, { image: frame, input_reference: frame })).status).toBe(422);
  });

  // The capability table's per-model image rules, each input a row takes: combined with a
  // pinned first frame (200) or refused with it (400), the same answer under either name.
  const OPTIONAL = ['reference_images', 'reference_audios', 'last_frame', 'keyframes'] as const;
  const VALUES: Record<(typeof OPTIONAL)[number], unknown> = {
    reference_images: [{ url: 'https://example.com/r.png' }],
    reference_audios: [{ voice_id: 'eve' }],
    last_frame: { url: 'https://example.com/l.png' },
    keyframes: [{ image: { file_id: 'file_k' }, timestamp_s: 2 }],
  };
  /** The billed images each of those values carries (a voice is none). */
  const IMAGES_IN: Record<(typeof OPTIONAL)[number], number> = { reference_images: 1, reference_audios: 0, last_frame: 1, keyframes: 1 };
  const cases = capabilityRows().flatMap((row) =>
    OPTIONAL.filter((name) => row.inputs[name] !== false).map(
      (name) => [row.id, name, row.image_combines_with.includes(name as never)] as const,
    ),
  );
  it('the table has both outcomes to check', () => {
    expect(cases.some(([, , combines]) => combines)).toBe(true);
    expect(cases.some(([, , combines]) => !combines)).toBe(true);
  });
  it.each(cases)('%s, with %s: answered as image is (combines: %s)', async (model, name, combines) => {
    const [asImage, asAlias] = bothWays({ model, prompt: 'a', duration: 4, [name]: VALUES[name] }, { url: 'https://example.com/f.png' });
    const expected = await post(mock.url(), GEN, asImage);
    const got = await post(mock.url(), GEN, asAlias);
    expect(got.status).toBe(combines ? 200 : 400);
    if (combines) {
      // The first frame is billed beside the other input (decoded from the ids, which differ).
      const [a, b] = [decodeJobId(expected.body.request_id, SECRET), decodeJobId(got.body.request_id, SECRET)];
      expect({ ...b, createdAtMs: 0 }).toEqual({ ...a, createdAtMs: 0 });
      expect(b?.inputImages).toBe(1 + IMAGES_IN[name]);
    } else {
      expect(got.body).toEqual(expected.body);
      expect(got.body.error).toContain(`does not take image together with ${name}`);
    }
  });
});

describe('errors inside input_reference name the field as sent', () => {
  it.each([
    [{}, 422, 'input_reference: must be an object with exactly one of "url", "image_url" or "file_id" (got {})'],
    [{ url: 'https://example.com/a.jpg', file_id: 'file_1' }, 422, 'input_reference: must be an object with exactly one of'],
    [{ url: 'ftp://example.com/a.jpg' }, 422, 'input_reference.url: must be an http(s) URL or a base64 data:image/... URI'],
    [{ url: 'data:image/png;base64,AAAA' }, 400, 'input_reference.url: the data URI is not a readable PNG, JPEG or WebP image'],
    [{ image_url: 'data:image/png;base64,AAAA' }, 400, 'input_reference.image_url: the data URI is not a readable PNG'],
  ])('input_reference: %j → %i in the live shape', async (frame, status, message) => {
    const answer = await post(mock.url(), GEN, { prompt: 'a', input_reference: frame });
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual({ code: 'invalid-argument', error: expect.stringContaining(message) });
  });

  it('a request with no mode names image, not its alias, as what to send', async () => {
    const answer = await post(mock.url(), GEN, { duration: 4 });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toContain('or one of image (image-to-video), reference_images (reference-to-video)');
    expect(answer.body.error).not.toContain('input_reference');
  });

  it('is a field of generations only: on an extension or an edit it is an unknown field (422)', async () => {
    const source = { url: 'https://example.com/source.mp4' };
    for (const path of ['/v1/videos/extensions', '/v1/videos/edits']) {
      const answer = await post(mock.url(), path, { prompt: 'more', video: source, input_reference: { url: 'https://example.com/a.jpg' } });
      expect(answer.status, path).toBe(422);
      expect(answer.body.error, path).toBe('"input_reference" is not a field of this request');
    }
  });
});
