// Everything derived from the capability table agrees with it: the spec's enums, the
// lifecycle's id vocabulary, pricing, source-video limits, the models endpoint, and the
// output ratio of image-to-video.
import { describe, expect, it } from 'vitest';
import {
  capabilityRows,
  checkSourceVideo,
  costInUsdTicks,
  findModel,
  modelNames,
  TICKS_PER_USD,
  videoGenerationModelBody,
} from '../../src/capabilities/index.js';
import { ASPECT_RATIOS, decodeJobId, MODELS } from '../../src/lifecycle/index.js';
import { createSpecValidators, type ResolutionName } from '../../src/spec/index.js';
import { AUTH, call, createJob, useMock } from '../server/mock-kit.js';

const SECRET = 'capability-test';
const mock = useMock({ timing: 'instant', secret: SECRET });
const { document, validateResponse } = createSpecValidators();
const schemas = document.components.schemas as Record<string, { enum?: string[] }>;

/** A PNG signature and IHDR chunk: all the mock reads of an image. */
function pngHeader(width: number, height: number): string {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
}

describe('the spec and the lifecycle agree with the table', () => {
  it('VideoModel lists every id and alias, and nothing else', () => {
    expect(schemas.VideoModel?.enum).toEqual(modelNames());
  });

  it('the job-id vocabulary can pack every model name and every ratio of the table', () => {
    for (const name of modelNames()) expect(MODELS, `append ${name} to MODELS in src/lifecycle/vocabulary.ts`).toContain(name);
    for (const ratio of capabilityRows().flatMap((row) => row.aspect_ratios)) expect(ASPECT_RATIOS).toContain(ratio);
    expect(schemas.AspectRatio?.enum).toEqual([...new Set(capabilityRows().flatMap((row) => row.aspect_ratios))]);
  });

  it('every row is consistent: reference limits exactly where references are taken', () => {
    for (const row of capabilityRows()) {
      const takesReferences = row.inputs.reference_images !== false || row.inputs.reference_audios !== false;
      expect(row.operations.generateVideo.reference_to_video !== undefined, row.id).toBe(takesReferences);
      for (const input of row.image_combines_with) expect(row.inputs[input], `${row.id} combines ${input}`).not.toBe(false);
      expect(Object.keys(row.usd_per_second).sort(), row.id).toEqual(Object.keys(row.resolutions).sort());
    }
  });
});

describe('pricing and source limits come from the table', () => {
  const cases = capabilityRows().flatMap((row) =>
    (Object.keys(row.resolutions) as ResolutionName[]).map((resolution) => [row.id, resolution, row] as const),
  );
  it.each(cases)('%s at %s: seconds × rate + images × image price', (model, resolution, row) => {
    const expected = (3 * (row.usd_per_second[resolution] ?? Number.NaN) + 2 * row.usd_per_input_image) * TICKS_PER_USD;
    expect(costInUsdTicks({ model, resolution, billedSeconds: 3, inputImages: 2 })).toBe(Math.round(expected));
    for (const alias of row.aliases)
      expect(costInUsdTicks({ model: alias, resolution, billedSeconds: 3, inputImages: 2 })).toBe(Math.round(expected));
  });

  // Only the rows that serve an operation have source limits (the others are refused by
  // the operation rule before any source is read); the table has at least one of each.
  const extending = capabilityRows().filter((row) => row.operations.extendVideo);
  const editing = capabilityRows().filter((row) => row.operations.editVideo);

  it('some model extends and some model edits', () => {
    expect(extending.map((row) => row.id)).toContain('grok-imagine-video');
    expect(editing.map((row) => row.id)).toContain('grok-imagine-video');
  });

  it.each(extending.map((row) => [row.id, row] as const))('%s: extension source lengths at their edges', (_id, row) => {
    const { min, max } = row.operations.extendVideo!.source_seconds;
    expect(checkSourceVideo(row, 'extendVideo', min)).toBeUndefined();
    expect(checkSourceVideo(row, 'extendVideo', max)).toBeUndefined();
    for (const seconds of [min - 0.5, max + 0.5]) {
      expect(checkSourceVideo(row, 'extendVideo', seconds)).toMatchObject({
        status: 400,
        rule: 'source-length',
        message: `video: model ${row.id} extends videos of ${min} to ${max} seconds (this one is ${seconds} s)`,
      });
    }
  });

  it.each(editing.map((row) => [row.id, row] as const))('%s: edit source lengths at their edge', (_id, row) => {
    const max = row.operations.editVideo!.source_max_seconds;
    expect(checkSourceVideo(row, 'editVideo', max)).toBeUndefined();
    expect(checkSourceVideo(row, 'editVideo', max + 0.1)).toMatchObject({
      status: 400,
      rule: 'source-length',
      message: `video: model ${row.id} edits videos of at most ${max} seconds (this one is ${max + 0.1} s)`,
    });
  });
});

describe('GET /v1/video-generation-models', () => {
  it('lists every row in the shape of xAI’s listing, valid against the spec', async () => {
    const answer = await call(`${mock.url()}/v1/video-generation-models`, { headers: AUTH });
    expect(answer.status).toBe(200);
    expect(answer.body.models.map((m: { id: string }) => m.id)).toEqual(capabilityRows().map((row) => row.id));
    expect(validateResponse('listVideoGenerationModels', 200, answer.body)).toEqual([]);
  });

  it.each(modelNames())('answers %s with its row', async (name) => {
    const answer = await call(`${mock.url()}/v1/video-generation-models/${encodeURIComponent(name)}`, { headers: AUTH });
    const row = findModel(name);
    expect(answer.status).toBe(200);
    expect(row && answer.body).toEqual(row && videoGenerationModelBody(row));
    expect(validateResponse('getVideoGenerationModel', 200, answer.body)).toEqual([]);
  });

  it('answers an unknown model with 404 in the live shape, and needs a key', async () => {
    const unknown = await call(`${mock.url()}/v1/video-generation-models/grok-imagine-video-9`, { headers: AUTH });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ code: 'not-found', error: expect.stringContaining('grok-imagine-video-9') });
    expect(validateResponse('getVideoGenerationModel', 404, unknown.body)).toEqual([]);
    expect((await call(`${mock.url()}/v1/video-generation-models`)).status).toBe(401);
    expect((await call(`${mock.url()}/v1/video-generation-models`, { method: 'POST', headers: AUTH })).status).toBe(405);
  });
});

describe('image-to-video keeps the image’s ratio', () => {
  const ticketOf = async (body: Record<string, unknown>, prefer = 'timing=instant') =>
    decodeJobId(await createJob(mock.url(), body, prefer), SECRET);

  it.each([
    [4032, 3024, '4:3'],
    [1080, 1920, '9:16'],
    [2560, 1080, '21:9'],
    [1000, 400, '5:2'],
    [1000, 1000, '1:1'],
  ])('a %i×%i data: image gives %s, whatever aspect_ratio says', async (width, height, ratio) => {
    const ticket = await ticketOf({ image: { url: pngHeader(width, height) }, aspect_ratio: '16:9' });
    expect(ticket?.aspectRatio).toBe(ratio);
  });

  it('an https image is taken as 16:9 unless Prefer: input-aspect-ratio says otherwise', async () => {
    expect((await ticketOf({ image: { url: 'https://example.com/a.jpg' }, aspect_ratio: '1:1' }))?.aspectRatio).toBe('16:9');
    const told = await ticketOf({ image: { url: 'https://example.com/a.jpg' } }, 'timing=instant, input-aspect-ratio=3:4');
    expect(told?.aspectRatio).toBe('3:4');
  });

  it('a data: image that is not an image is a 400, and generate_audio is carried on the ticket', async () => {
    const bad = await call(`${mock.url()}/v1/videos/generations`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ image: { url: 'data:image/png;base64,AAAA' } }),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toContain('not a readable PNG, JPEG or WebP');
    expect((await ticketOf({ prompt: 'a', generate_audio: false }))?.generateAudio).toBe(false);
    expect((await ticketOf({ prompt: 'a' }))?.generateAudio).toBe(true);
    expect((await ticketOf({ prompt: 'a', model: 'grok-imagine-video-1.5-preview' }))?.model).toBe('grok-imagine-video-1.5');
  });
});
