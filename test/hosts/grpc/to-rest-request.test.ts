// GenerateVideo / ExtendVideo requests, decoded as the host receives them, become the REST
// operation and body the core validates; valid gRPC requests give bodies the spec's own
// request validators accept, and whatever an operation does not take reaches the
// validator by name instead of vanishing.
import { describe, expect, it } from 'vitest';
import type { GenerateVideoRequest } from '../../../src/hosts/grpc/generated/xai_api/GenerateVideoRequest.js';
import { extendVideoToRest, generateVideoToRest } from '../../../src/hosts/grpc/index.js';
import { createSpecValidators, loadSpecDocument } from '../../../src/spec/index.js';
import { extendRequest, generateRequest } from './support/through-wire.js';

const validators = createSpecValidators(loadSpecDocument());

function specErrors(operationId: 'generateVideo' | 'editVideo' | 'extendVideo', body: unknown): string[] {
  return (validators.validateRequestBody(operationId, body) ?? []).map(
    (e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

describe('generateVideoToRest', () => {
  it('text-to-video: the SDK README example becomes the spec body, enums as the spec spells them', () => {
    const rest = generateVideoToRest(
      generateRequest({
        prompt: 'A serene lake at sunrise',
        model: 'grok-imagine-video',
        duration: 5,
        aspect_ratio: 'VIDEO_ASPECT_RATIO_16_9',
        resolution: 'VIDEO_RESOLUTION_720P',
      }),
    );
    expect(rest).toEqual({
      operationId: 'generateVideo',
      body: { prompt: 'A serene lake at sunrise', model: 'grok-imagine-video', duration: 5, aspect_ratio: '16:9', resolution: '720p' },
    });
    expect(specErrors('generateVideo', rest.body)).toEqual([]);
  });

  it('image-to-video: image_url (https or data URI) becomes image.url, file_id stays file_id, detail is dropped', () => {
    const byUrl = generateVideoToRest(
      generateRequest({ prompt: 'p', image: { image_url: 'https://example.com/a.jpg', detail: 'DETAIL_AUTO' } }),
    );
    const byData = generateVideoToRest(
      generateRequest({ image: { image_url: 'data:image/png;base64,iVBORw0KGgo=', detail: 'DETAIL_HIGH' } }),
    );
    const byFile = generateVideoToRest(generateRequest({ prompt: 'p', image: { file_id: 'file_1', detail: 'DETAIL_AUTO' } }));
    expect(byUrl.body).toEqual({ prompt: 'p', image: { url: 'https://example.com/a.jpg' } });
    expect(byData.body).toEqual({ image: { url: 'data:image/png;base64,iVBORw0KGgo=' } });
    expect(byFile.body).toEqual({ prompt: 'p', image: { file_id: 'file_1' } });
    for (const { body } of [byUrl, byData, byFile]) expect(specErrors('generateVideo', body)).toEqual([]);
  });

  it('reference-to-video: reference images keep their order and kinds (the SDK puts file ids first)', () => {
    const rest = generateVideoToRest(
      generateRequest({
        prompt: 'a product on white',
        reference_images: [
          { file_id: 'file_a', detail: 'DETAIL_AUTO' },
          { image_url: 'https://example.com/style.jpg', detail: 'DETAIL_AUTO' },
        ],
        reference_audios: [{ voice_id: 'ara' }],
      }),
    );
    expect(rest).toEqual({
      operationId: 'generateVideo',
      body: {
        prompt: 'a product on white',
        reference_images: [{ file_id: 'file_a' }, { url: 'https://example.com/style.jpg' }],
        reference_audios: [{ voice_id: 'ara' }],
      },
    });
    expect(specErrors('generateVideo', rest.body)).toEqual([]);
  });

  it('a video makes it an edit (POST /v1/videos/edits), by URL or file id', () => {
    const byUrl = generateVideoToRest(
      generateRequest({ prompt: 'add a rainbow', model: 'grok-imagine-video', video: { url: 'https://example.com/v.mp4' } }),
    );
    const byFile = generateVideoToRest(generateRequest({ prompt: 'add a rainbow', video: { file_id: 'file_v' } }));
    expect(byUrl).toEqual({
      operationId: 'editVideo',
      body: { prompt: 'add a rainbow', model: 'grok-imagine-video', video: { url: 'https://example.com/v.mp4' } },
    });
    expect(byFile).toEqual({ operationId: 'editVideo', body: { prompt: 'add a rainbow', video: { file_id: 'file_v' } } });
    expect(specErrors('editVideo', byUrl.body)).toEqual([]);
  });

  it('an edit with generation-only fields passes them on, so the spec rejects them by name', () => {
    const rest = generateVideoToRest(
      generateRequest({ prompt: 'p', video: { url: 'https://example.com/v.mp4' }, duration: 5, resolution: 'VIDEO_RESOLUTION_480P' }),
    );
    expect(rest.body).toEqual({ prompt: 'p', video: { url: 'https://example.com/v.mp4' }, duration: 5, resolution: '480p' });
    expect(specErrors('editVideo', rest.body).join('\n')).toMatch(/additionalProperty":"(duration|resolution)"/);
  });

  it('storage options: PublicUrlOptions without expiry is public_url: true, with expiry the object', () => {
    const plain = generateVideoToRest(
      generateRequest({ prompt: 'p', storage_options: { filename: 'out.mp4', expires_after: 7200, public_url: {} } }),
    );
    const expiring = generateVideoToRest(
      generateRequest({ prompt: 'p', storage_options: { filename: 'out.mp4', public_url: { expires_after: 86_400 } } }),
    );
    const privately = generateVideoToRest(generateRequest({ prompt: 'p', storage_options: { filename: 'out.mp4' } }));
    expect(plain.body.storage_options).toEqual({ filename: 'out.mp4', expires_after: 7200, public_url: true });
    expect(expiring.body.storage_options).toEqual({ filename: 'out.mp4', public_url: { expires_after: 86_400 } });
    expect(privately.body.storage_options).toEqual({ filename: 'out.mp4' });
    for (const { body } of [plain, expiring, privately]) expect(specErrors('generateVideo', body)).toEqual([]);
  });

  it('generate_audio is passed on when set, false included', () => {
    expect(generateVideoToRest(generateRequest({ prompt: 'p', generate_audio: false })).body).toEqual({
      prompt: 'p',
      generate_audio: false,
    });
    expect(generateVideoToRest(generateRequest({ prompt: 'p', generate_audio: true })).body).toEqual({ prompt: 'p', generate_audio: true });
    expect(generateVideoToRest(generateRequest({ prompt: 'p' })).body).not.toHaveProperty('generate_audio');
  });

  it('UNSPECIFIED enums mean the REST default: the field is left out', () => {
    const rest = generateVideoToRest(
      generateRequest({ prompt: 'p', aspect_ratio: 'VIDEO_ASPECT_RATIO_UNSPECIFIED', resolution: 'VIDEO_RESOLUTION_UNSPECIFIED' }),
    );
    expect(rest.body).toEqual({ prompt: 'p' });
  });

  it('an enum number this proto does not know reaches the spec as "<Enum> <n>" and is rejected by field', () => {
    // Numbers a newer client's proto may define; the generated types only list known names.
    const newer = { aspect_ratio: 8, resolution: 9 } as unknown as GenerateVideoRequest;
    const rest = generateVideoToRest(generateRequest({ prompt: 'p', ...newer }));
    expect(rest.body).toEqual({ prompt: 'p', aspect_ratio: 'VideoAspectRatio 8', resolution: 'VideoResolution 9' });
    expect(specErrors('generateVideo', rest.body).join('\n')).toContain('/aspect_ratio');
  });

  it('an explicit duration of 0 is kept (and rejected by the spec), an unset one is left out', () => {
    expect(generateVideoToRest(generateRequest({ prompt: 'p', duration: 0 })).body).toEqual({ prompt: 'p', duration: 0 });
    expect(specErrors('generateVideo', { prompt: 'p', duration: 0 })).not.toEqual([]);
    expect(generateVideoToRest(generateRequest({ prompt: 'p' })).body).toEqual({ prompt: 'p' });
  });

  it('an empty image message becomes image: {}, which the spec rejects, rather than text-to-video', () => {
    const rest = generateVideoToRest(generateRequest({ prompt: 'p', image: {} }));
    expect(rest.body).toEqual({ prompt: 'p', image: {} });
    expect(specErrors('generateVideo', rest.body)).not.toEqual([]);
  });

  it('the prompt travels unchanged, mock tag included', () => {
    const prompt = 'a cat [mock: outcome=failed, timing=instant]';
    expect(generateVideoToRest(generateRequest({ prompt })).body.prompt).toBe(prompt);
  });
});

describe('extendVideoToRest', () => {
  it('is POST /v1/videos/extensions with the added duration and storage options', () => {
    const rest = extendVideoToRest(
      extendRequest({
        prompt: 'the camera pulls back',
        model: 'grok-imagine-video',
        video: { url: 'https://example.com/v.mp4' },
        duration: 6,
        storage_options: { filename: 'x.mp4' },
      }),
    );
    expect(rest).toEqual({
      operationId: 'extendVideo',
      body: {
        prompt: 'the camera pulls back',
        model: 'grok-imagine-video',
        video: { url: 'https://example.com/v.mp4' },
        duration: 6,
        storage_options: { filename: 'x.mp4' },
      },
    });
    expect(specErrors('extendVideo', rest.body)).toEqual([]);
  });

  it('a missing video or prompt is left for the spec to report', () => {
    const rest = extendVideoToRest(extendRequest({}));
    expect(rest.body).toEqual({});
    expect(specErrors('extendVideo', rest.body).join('\n')).toMatch(/missingProperty":"(prompt|video)"/);
  });
});
