// The typed client carries the spec's modes (GenerateVideoRequest.anyOf): a body with the
// input of some mode compiles, a body with none does not (`tsc` in make lint fails when an
// expected type error below stops being one), and the schema agrees either way.
import { describe, expect, it } from 'vitest';
import type { GenerateVideoBody, GenerateVideoRequest } from '../../src/client/index.js';
import { createSpecValidators } from '../../src/spec/index.js';

const { validateRequestBody } = createSpecValidators();
const image = { url: 'https://example.com/first.png' };

describe('GenerateVideoBody and GenerateVideoRequest', () => {
  it('compile for every mode, and the schema accepts them', () => {
    const bodies: GenerateVideoBody[] = [
      { prompt: 'A paper boat', duration: 4 },
      { image },
      // The deprecated alias of image (the generated type marks it @deprecated): a mode of its own.
      { input_reference: image },
      { reference_images: [{ file_id: 'file_1' }], resolution: '720p' },
      { model: 'grok-imagine-video-1.5', last_frame: image },
      { model: 'grok-imagine-video-1.5', keyframes: [{ image, timestamp_s: 2 }] },
    ];
    for (const body of bodies) expect(validateRequestBody('generateVideo', body), JSON.stringify(body)).toBeUndefined();
  });

  it('do not compile without a mode, and the schema refuses those bodies too', () => {
    // @ts-expect-error no mode: neither a prompt nor an image, references, a last frame or keyframes
    const none: GenerateVideoBody = { duration: 5, resolution: '480p' };
    // @ts-expect-error voices alone are no mode: they need a prompt
    const voices: GenerateVideoRequest = { reference_audios: [{ voice_id: 'eve' }] };
    for (const body of [none, voices, {}]) expect(validateRequestBody('generateVideo', body), JSON.stringify(body)).toBeDefined();
  });
});
