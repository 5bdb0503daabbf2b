// Two rules today's table leaves unbreakable by a schema-valid request: every model takes
// every aspect ratio, and every model that takes an input takes as many items as the
// schema allows. Adding a model is adding a row (openapi/xai-video.yaml,
// x-model-capabilities), so a narrower row must be refused with the documented message
// the day it is added: checked here on rows narrowed from today's.
import { describe, expect, it } from 'vitest';
import {
  capabilityRows,
  checkSourceVideo,
  findModel,
  GENERATION_CHECKS,
  type GenerationRequest,
  ruleMessage,
  rulesMatching,
} from '../../src/capabilities/index.js';
import type { ModelCapabilities } from '../../src/spec/index.js';

const classic = findModel('grok-imagine-video')!;
const v15 = findModel('grok-imagine-video-1.5')!;
const request = (row: ModelCapabilities, body: Record<string, unknown>): GenerationRequest => ({
  row,
  body,
  seconds: 8,
  resolution: '480p',
});

describe('aspect-ratio: a row with fewer ratios', () => {
  const square = { ...classic, id: 'square-only', aspect_ratios: ['1:1'] };

  it('refuses a ratio it does not take, naming the models that take it', () => {
    const others = capabilityRows().map((row) => row.id);
    expect(GENERATION_CHECKS.aspectRatio(request(square, { aspect_ratio: '21:9' }))).toEqual({
      status: 400,
      field: 'aspect_ratio',
      rule: 'aspect-ratio',
      message: `model square-only does not support aspect_ratio 21:9: it is on ${others.slice(0, -1).join(', ')} and ${others.at(-1)}`,
    });
  });

  it('takes its own ratio, no ratio, and any ratio with an image (the output keeps the image ratio)', () => {
    expect(GENERATION_CHECKS.aspectRatio(request(square, { aspect_ratio: '1:1' }))).toBeUndefined();
    expect(GENERATION_CHECKS.aspectRatio(request(square, {}))).toBeUndefined();
    expect(GENERATION_CHECKS.aspectRatio(request(square, { aspect_ratio: '21:9', image: { url: 'https://example.com/a.png' } }))).toBe(
      undefined,
    );
  });
});

describe('input-count: a row that takes fewer items than the schema allows', () => {
  const inputs = { ...v15.inputs, reference_images: { max_items: 2 }, reference_audios: { max_items: 1 } };
  const narrow = { ...v15, id: 'two-references', inputs } as ModelCapabilities;
  const images = (count: number) => Array.from({ length: count }, () => ({ url: 'https://example.com/r.png' }));

  it('refuses one item more than it takes, with the count', () => {
    expect(GENERATION_CHECKS.inputs(request(narrow, { reference_images: images(3) }))).toEqual({
      status: 400,
      field: 'reference_images',
      rule: 'input-count',
      message: 'Too many reference images: 3. Maximum allowed is 2.',
    });
    expect(GENERATION_CHECKS.inputs(request(narrow, { reference_audios: [{ voice_id: 'eve' }, { voice_id: 'rex' }] }))).toMatchObject({
      field: 'reference_audios',
      message: 'Too many reference audios: 2. Maximum allowed is 1.',
    });
  });

  it('takes exactly as many as it allows', () => {
    expect(GENERATION_CHECKS.inputs(request(narrow, { reference_images: images(2), reference_audios: [{ voice_id: 'eve' }] }))).toBe(
      undefined,
    );
  });
});

describe('checks called on their own', () => {
  const keyframe = (timestamp_s: number) => ({ image: { file_id: 'f' }, timestamp_s });

  it('keyframes on a row without keyframes are left to the inputs check; t = 0 is not inside the clip', () => {
    expect(GENERATION_CHECKS.keyframes(request(classic, { keyframes: [keyframe(2), keyframe(4)] }))).toBeUndefined();
    expect(GENERATION_CHECKS.keyframes(request(v15, { keyframes: [keyframe(0)] }))).toMatchObject({ rule: 'keyframe-time', status: 422 });
  });

  it('duration outside text- and image-to-video limits, which the schema bounds already keep', () => {
    const row = findModel('grok-imagine-video-1.5-lite')!;
    for (const seconds of [0, 16]) {
      expect(GENERATION_CHECKS.duration({ ...request(row, {}), seconds })).toMatchObject({
        rule: 'duration',
        message: `duration: model grok-imagine-video-1.5-lite limits text- and image-to-video to 1–15 seconds (got ${seconds})`,
      });
    }
  });

  it('a source video on a row without the operation has no length limit here (the operation rule refuses it)', () => {
    expect(checkSourceVideo(v15, 'extendVideo', 100)).toBeUndefined();
    expect(checkSourceVideo(v15, 'editVideo', 100)).toBeUndefined();
    expect(checkSourceVideo(classic, 'editVideo', 100)).toMatchObject({ field: 'video', rule: 'source-length' });
    expect(checkSourceVideo(classic, 'extendVideo', 100)).toMatchObject({ field: 'video', rule: 'source-length' });
  });
});

describe('the rule list as tests and tools read it', () => {
  it('rulesMatching names the rules whose status and whole message form an answer has', () => {
    const message = 'model grok-imagine-video does not support resolution 1080p: 1080p is on grok-imagine-video-1.5 (native)';
    expect(rulesMatching(400, message)).toEqual(['resolution']);
    expect(rulesMatching(422, message)).toEqual([]);
    expect(rulesMatching(400, `${message}\nand more`)).toEqual(['resolution']);
    expect(rulesMatching(400, `prefix ${message}`)).toEqual([]);
    expect(rulesMatching(400, 'something else')).toEqual([]);
  });

  it('ruleMessage fills every placeholder and refuses a missing one', () => {
    expect(ruleMessage('video-data', {})).toBe('video.url: the data URI is not a readable MP4');
    expect(() => ruleMessage('resolution', { model: 'm' })).toThrow('ruleMessage: resolution needs {resolution}');
  });
});
