// Requests shaped like docs.x.ai's examples (the "Video Generation", "Image-to-Video",
// "Reference-to-Video", "Video Editing" and "Video Extension" guides) and every request
// example of the spec are accepted by the mock, as the live API accepts them.
import { describe, expect, it } from 'vitest';
import { OPERATION_PATHS } from '../../src/capabilities/index.js';
import { decodeJobId } from '../../src/lifecycle/index.js';
import { type CreateOperationId, createSpecValidators } from '../../src/spec/index.js';
import { post, useMock } from '../server/mock-kit.js';

const SECRET = 'docs-examples';
const mock = useMock({ timing: 'instant', secret: SECRET });
const { document } = createSpecValidators();
const SOURCE = 'https://vidgen.x.ai/xai-vidgen-bucket/xai-video-d97415a1-5796-b7ec-379f-4e6819e08fdf.mp4';

const DOCS_SHAPED: [string, CreateOperationId, Record<string, unknown>][] = [
  [
    'quick start',
    'generateVideo',
    {
      model: 'grok-imagine-video',
      prompt: 'A glowing crystal-powered rocket launching from the red dunes of Mars',
      duration: 10,
      aspect_ratio: '16:9',
      resolution: '720p',
    },
  ],
  ['audio off', 'generateVideo', { model: 'grok-imagine-video', prompt: 'Waves on a beach', generate_audio: false }],
  ['1.5 at 1080p', 'generateVideo', { model: 'grok-imagine-video-1.5', prompt: 'A fox in the snow', duration: 8, resolution: '1080p' }],
  [
    '1.5-lite',
    'generateVideo',
    { model: 'grok-imagine-video-1.5-lite', prompt: 'A lighthouse at dusk', duration: 6, resolution: '720p', aspect_ratio: '9:16' },
  ],
  ['cinematic ratio', 'generateVideo', { model: 'grok-imagine-video-1.5', prompt: 'Desert road at sunset', aspect_ratio: '21:9' }],
  ['banner ratio', 'generateVideo', { model: 'grok-imagine-video-1.5-lite', prompt: 'Clouds drifting', aspect_ratio: '5:2' }],
  ['image-to-video without a prompt', 'generateVideo', { model: 'grok-imagine-video', image: { url: 'https://example.com/lake.jpg' } }],
  [
    'image_url alias',
    'generateVideo',
    { model: 'grok-imagine-video', prompt: 'Mist rises', image: { image_url: 'https://example.com/lake.jpg' } },
  ],
  [
    'first and last frame',
    'generateVideo',
    {
      model: 'grok-imagine-video-1.5',
      prompt: 'The flower opens',
      image: { url: 'https://example.com/a.png' },
      last_frame: { url: 'https://example.com/b.png' },
    },
  ],
  [
    'references on classic',
    'generateVideo',
    {
      model: 'grok-imagine-video',
      prompt: 'A cat walking through a garden',
      reference_images: [{ url: 'https://example.com/ref1.png' }, { file_id: 'file-abc123' }],
      duration: 10,
    },
  ],
  [
    'references without a prompt',
    'generateVideo',
    { model: 'grok-imagine-video-1.5', reference_images: [{ url: 'https://example.com/ref1.png' }] },
  ],
  [
    'pinned first frame with references',
    'generateVideo',
    {
      model: 'grok-imagine-video-1.5',
      prompt: 'The model from <IMAGE_0> walks onto the stage',
      image: { file_id: 'file_1' },
      reference_images: [{ url: 'https://example.com/shirt.png' }],
    },
  ],
  [
    'voices',
    'generateVideo',
    {
      model: 'grok-imagine-video-1.5',
      prompt: 'Two friends talk on a park bench',
      reference_audios: [{ voice_id: 'eve' }, { url: 'https://example.com/voice.wav' }],
    },
  ],
  [
    'keyframes',
    'generateVideo',
    {
      model: 'grok-imagine-video-1.5',
      prompt: 'A walk through the seasons',
      duration: 6,
      keyframes: [
        { image: { file_id: 'file_2' }, timestamp_s: 2 },
        { image: { url: 'https://example.com/k.png' }, timestamp_s: 4 },
      ],
    },
  ],
  ['storage options', 'generateVideo', { prompt: 'A garden', storage_options: { filename: 'garden.mp4', public_url: true } }],
  ['edit', 'editVideo', { model: 'grok-imagine-video', prompt: 'Add snow to the scene', video: { url: SOURCE } }],
  [
    'extension',
    'extendVideo',
    { model: 'grok-imagine-video', prompt: 'The camera slowly zooms out to reveal the city skyline', video: { url: SOURCE }, duration: 6 },
  ],
];

type Examples = Record<string, { value: Record<string, unknown> }>;

function specExamples(): [string, CreateOperationId, Record<string, unknown>][] {
  const out: [string, CreateOperationId, Record<string, unknown>][] = [];
  for (const [operationId, path] of Object.entries(OPERATION_PATHS) as [CreateOperationId, string][]) {
    const operation = document.paths[path]?.post as unknown as { requestBody: { content: Record<string, { examples: Examples }> } };
    for (const [name, example] of Object.entries(operation.requestBody.content['application/json']?.examples ?? {})) {
      out.push([`spec example ${name}`, operationId, example.value]);
    }
  }
  return out;
}

describe('docs-shaped requests are accepted', () => {
  it.each([...DOCS_SHAPED, ...specExamples()])('%s', async (_name, operationId, body) => {
    const answer = await post(mock.url(), OPERATION_PATHS[operationId], body);
    expect(answer.status, answer.text).toBe(200);
  });

  it('covers every create example of the spec, the inline MP4 and images included', () => {
    const names = specExamples().map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['spec example editDataUri', 'spec example inlineFrames']));
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  it('the inline media are read: the 18×32 PNG of inlineFrames makes a 9:16 video, the MP4 of editDataUri is 1 s', async () => {
    const example = (name: string) => specExamples().find(([found]) => found === `spec example ${name}`);
    const [, frames, framesBody] = example('inlineFrames') ?? [];
    const created = await post(mock.url(), OPERATION_PATHS[frames as CreateOperationId], framesBody);
    expect(decodeJobId(created.body.request_id, SECRET)?.aspectRatio).toBe('9:16');
    const [, edit, editBody] = example('editDataUri') ?? [];
    const edited = await post(mock.url(), OPERATION_PATHS[edit as CreateOperationId], editBody);
    expect(decodeJobId(edited.body.request_id, SECRET)?.durationSeconds).toBe(1);
  });
});
