// What a refused request reads, word for word: each documented rule (the spec's "Request
// rules", openapi/xai-video.yaml) with today's capability table, as the rule function
// words it and as the mock answers it (the flat {code, error} of the live API). The
// message says where the refused feature is available, so it is part of the contract a
// user reads; capability-rules.test.ts checks every case against the rule's form only.
import { describe, expect, it } from 'vitest';
import { checkCreateRequest, OPERATION_PATHS } from '../../src/capabilities/index.js';
import type { CreateOperationId } from '../../src/spec/index.js';
import { checkRequestRules } from '../../src/server/stages/request-rules.js';
import { post, useMock } from '../server/mock-kit.js';

const mock = useMock({ timing: 'instant' });
const CLASSIC = 'grok-imagine-video';
const V15 = 'grok-imagine-video-1.5';
const LITE = 'grok-imagine-video-1.5-lite';
const png = (name: string) => ({ url: `https://example.com/${name}.png` });
const source = { url: 'https://example.com/source.mp4' };
const keyframe = (timestamp_s: number) => ({ image: png('k'), timestamp_s });

interface Refusal {
  name: string;
  operationId: CreateOperationId;
  body: Record<string, unknown>;
  status: number;
  code: string;
  field: string;
  message: string;
}

const REFUSALS: Refusal[] = [
  {
    name: 'unknown-model',
    operationId: 'generateVideo',
    body: { model: 'grok-imagine-video-9', prompt: 'a cat' },
    status: 404,
    code: 'not-found',
    field: 'model',
    message: 'The model grok-imagine-video-9 does not exist or your team does not have access to it.',
  },
  {
    name: 'operation (extension on 1.5)',
    operationId: 'extendVideo',
    body: { model: V15, prompt: 'a cat', video: source },
    status: 400,
    code: 'invalid-argument',
    field: 'model',
    message: `model ${V15} does not serve /v1/videos/extensions: extensions and edits are only on ${CLASSIC}`,
  },
  {
    name: 'operation (edit on 1.5-lite)',
    operationId: 'editVideo',
    body: { model: LITE, prompt: 'a cat', video: source },
    status: 400,
    code: 'invalid-argument',
    field: 'model',
    message: `model ${LITE} does not serve /v1/videos/edits: edits and extensions are only on ${CLASSIC}`,
  },
  {
    name: 'input (last_frame on classic)',
    operationId: 'generateVideo',
    body: { model: CLASSIC, prompt: 'a cat', last_frame: png('last') },
    status: 400,
    code: 'invalid-argument',
    field: 'last_frame',
    message: `model ${CLASSIC} does not take last_frame: last_frame is only on ${V15}`,
  },
  {
    name: 'input (references on 1.5-lite)',
    operationId: 'generateVideo',
    body: { model: LITE, prompt: 'a cat', reference_images: [png('r')] },
    status: 400,
    code: 'invalid-argument',
    field: 'reference_images',
    message: `model ${LITE} does not take reference_images: reference_images is only on ${CLASSIC} and ${V15}`,
  },
  {
    name: 'image-combination (image and references on classic)',
    operationId: 'generateVideo',
    body: { model: CLASSIC, prompt: 'a cat', image: png('first'), reference_images: [png('r')] },
    status: 400,
    code: 'invalid-argument',
    field: 'image',
    message: `model ${CLASSIC} does not take image together with reference_images: combining them (a pinned first frame) is only on ${V15}`,
  },
  {
    name: 'resolution (1080p on classic)',
    operationId: 'generateVideo',
    body: { model: CLASSIC, prompt: 'a cat', resolution: '1080p' },
    status: 400,
    code: 'invalid-argument',
    field: 'resolution',
    message: `model ${CLASSIC} does not support resolution 1080p: 1080p is on ${V15} (native) and ${LITE} (upscaled)`,
  },
  {
    name: 'duration (11 s of reference-to-video on classic)',
    operationId: 'generateVideo',
    body: { model: CLASSIC, prompt: 'a cat', reference_images: [png('r')], duration: 11 },
    status: 400,
    code: 'invalid-argument',
    field: 'duration',
    message: `duration: model ${CLASSIC} limits reference-to-video to 1–10 seconds (got 11)`,
  },
  {
    name: 'reference-resolution (references at 1080p on 1.5)',
    operationId: 'generateVideo',
    body: { model: V15, prompt: 'a cat', reference_images: [png('r')], resolution: '1080p' },
    status: 400,
    code: 'invalid-argument',
    field: 'resolution',
    message: `resolution: model ${V15} limits reference-to-video to 720p (got "1080p")`,
  },
  {
    name: 'reference-resolution (voices alone are reference-to-video too)',
    operationId: 'generateVideo',
    body: { model: V15, prompt: 'a cat', reference_audios: [{ voice_id: 'eve' }], resolution: '1080p' },
    status: 400,
    code: 'invalid-argument',
    field: 'resolution',
    message: `resolution: model ${V15} limits reference-to-video to 720p (got "1080p")`,
  },
  {
    name: 'keyframe-time (7 s in a 6 s clip)',
    operationId: 'generateVideo',
    body: { model: V15, prompt: 'a cat', duration: 6, keyframes: [keyframe(7)] },
    status: 422,
    code: 'invalid-argument',
    field: 'keyframes[0].timestamp_s',
    message: 'keyframes[0].timestamp_s: must be greater than 0 and less than the duration 6 (got 7)',
  },
  {
    name: 'keyframe-edge (first frame)',
    operationId: 'generateVideo',
    body: { model: V15, prompt: 'a cat', duration: 6, keyframes: [keyframe(0.1)] },
    status: 400,
    code: 'invalid-argument',
    field: 'keyframes[0].timestamp_s',
    message: `keyframes[0].timestamp_s: 0.1 snaps onto the first frame on the 1/3 s grid of ${V15}: use image or last_frame for it`,
  },
  {
    name: 'keyframe-edge (last frame)',
    operationId: 'generateVideo',
    body: { model: V15, prompt: 'a cat', duration: 6, keyframes: [keyframe(5.9)] },
    status: 400,
    code: 'invalid-argument',
    field: 'keyframes[0].timestamp_s',
    message: `keyframes[0].timestamp_s: 5.9 snaps onto the last frame on the 1/3 s grid of ${V15}: use image or last_frame for it`,
  },
  {
    name: 'keyframe-slot (3 s and 3.1 s)',
    operationId: 'generateVideo',
    body: { model: V15, prompt: 'a cat', duration: 6, keyframes: [keyframe(2), keyframe(3), keyframe(3.1)] },
    status: 400,
    code: 'invalid-argument',
    field: 'keyframes[2].timestamp_s',
    message: `keyframes[2].timestamp_s: keyframes[1] and keyframes[2] snap to the same slot (3 s) on the 1/3 s grid of ${V15}`,
  },
];

describe('each rule, word for word', () => {
  it.each(REFUSALS.map((r) => [r.name, r] as const))('rule function: %s', (_name, r) => {
    expect(checkCreateRequest(r.operationId, r.body)).toMatchObject({ status: r.status, field: r.field, message: r.message });
  });

  it.each(REFUSALS.map((r) => [r.name, r] as const))('mock: %s', async (_name, r) => {
    const answer = await post(mock.url(), OPERATION_PATHS[r.operationId], r.body);
    expect([answer.status, answer.body]).toEqual([r.status, { code: r.code, error: r.message }]);
  });

  // Over HTTP the schema's model enum answers an unknown model first; it and the rules stage
  // word it alike, as the spec's ModelNotFound example does.
  it('the rules stage answers an unknown model with the catalogue 404, the name cut to 64 characters', () => {
    const model = `grok-${'x'.repeat(100)}`;
    expect(checkCreateRequest('generateVideo', { model, prompt: 'a cat' })?.message).toBe(
      `The model ${model.slice(0, 64)} does not exist or your team does not have access to it.`,
    );
    const answer = checkRequestRules({ operation: 'generation', body: { model, prompt: 'a cat' } });
    expect([answer?.status, { code: answer?.code, error: answer?.message }]).toEqual([
      404,
      { code: 'not-found', error: `The model ${model.slice(0, 64)} does not exist or your team does not have access to it.` },
    ]);
  });

  it('keyframes on their grid, inside the clip, are taken; an image pins the first frame beside them on 1.5', () => {
    const body = { model: V15, prompt: 'a cat', duration: 6, image: png('first'), keyframes: [keyframe(2), keyframe(3), keyframe(5.8)] };
    expect(checkCreateRequest('generateVideo', body)).toBeUndefined();
  });
});
