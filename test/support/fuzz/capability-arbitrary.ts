// Requests generated FROM the capability table, one row at a time: a body that keeps
// every rule of its row (the row's own inputs, combinations with `image`, counts,
// resolutions and duration limits, at their edges; keyframes on the row's grid, right
// next to the snapping points), and, half of the time, ONE change that breaks one rule
// just past its edge. Bodies that break exactly one rule are what notices a rule the
// server forgot; a schema-derived body breaks several at once. Every body is schema-valid.
import fc from 'fast-check';
import { capabilityRows } from '../../../src/capabilities/index.js';
import { ASPECT_RATIOS } from '../../../src/lifecycle/index.js';
import type { ModelCapabilities, SecondsRange } from '../../../src/spec/index.js';
import type { CreateOperation } from '../../../src/contract/video-jobs.js';

type Body = Record<string, unknown>;
type Optional = 'reference_images' | 'reference_audios' | 'last_frame' | 'keyframes';
/** A change to a kept body that breaks one rule; undefined when the row leaves nothing to break. */
type Tweak = (body: Body) => Body | undefined;

const OPTIONAL: Optional[] = ['reference_images', 'reference_audios', 'last_frame', 'keyframes'];
const RESOLUTIONS = ['480p', '720p', '1080p'] as const;
const RANK: Record<string, number> = { '480p': 0, '720p': 1, '1080p': 2 };
/** The largest row's count of an input: the schema's `maxItems` (`make generate` derives it so). */
const largestRow = (name: 'reference_images' | 'reference_audios' | 'keyframes') =>
  Math.max(...capabilityRows().map((row) => (typeof row.inputs[name] === 'object' ? row.inputs[name].max_items : 0)));
/** The schema's bounds (GenerateVideoRequest): a tweak stays inside them. */
const SCHEMA = {
  seconds: { min: 1, max: 15 },
  items: {
    reference_images: largestRow('reference_images'),
    reference_audios: largestRow('reference_audios'),
    keyframes: largestRow('keyframes'),
  },
} as const;
const DEFAULT_SECONDS = 8;

const image = fc.constantFrom<Body>(
  { url: 'https://example.com/first.png' },
  { file_id: 'file_first' },
  { image_url: 'https://example.com/f.jpg' },
);
const audio = fc.constantFrom<Body>({ voice_id: 'eve' }, { url: 'https://example.com/voice.wav' });
const prompt = fc.constantFrom('A paper boat drifting down a rain-soaked street', 'Waves 🎬 on a beach', 'x');

const takes = (row: ModelCapabilities, name: Optional) => row.inputs[name] !== false;
const itemsOf = (row: ModelCapabilities, name: Optional) => {
  const input = row.inputs[name];
  return typeof input === 'object' ? input.max_items : 1;
};
const gridOf = (row: ModelCapabilities) => (row.inputs.keyframes === false ? 3 : row.inputs.keyframes.slots_per_second);
const isReference = (body: Body) => body.reference_images !== undefined || body.reference_audios !== undefined;
const lengthOf = (body: Body) => (body.duration as number | undefined) ?? DEFAULT_SECONDS;

function rangeOf(row: ModelCapabilities, reference: boolean): SecondsRange {
  const generation = row.operations.generateVideo;
  return (reference ? generation.reference_to_video?.seconds : undefined) ?? generation.seconds;
}

/** `count` keyframes on distinct slots strictly inside a clip of `length` s, each nudged towards its slot's snapping edge. */
function keyframesOn(row: ModelCapabilities, length: number, count: number): fc.Arbitrary<Body[]> {
  const grid = gridOf(row);
  const lastSlot = Math.round(length * grid) - 1;
  const slots = fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, lastSlot) }), { minLength: 1, maxLength: Math.min(count, lastSlot) });
  const nudge = fc.oneof(fc.constant(0), fc.double({ min: -0.499, max: 0.499, noNaN: true }));
  return slots.chain((chosen) =>
    fc
      .tuple(...chosen.map(() => fc.tuple(image, nudge)))
      .map((parts) => parts.map(([picture, offset], i) => ({ image: picture, timestamp_s: ((chosen[i] as number) + offset) / grid }))),
  );
}

function inputValue(row: ModelCapabilities, name: Optional, count: number, length: number): fc.Arbitrary<unknown> {
  if (name === 'last_frame') return image;
  if (name === 'keyframes') return keyframesOn(row, length, count);
  const item = name === 'reference_audios' ? audio : image;
  return fc.array(item, { minLength: 1, maxLength: Math.min(count, SCHEMA.items[name]) });
}

/** A body within every rule of the row. */
function keptGeneration(row: ModelCapabilities): fc.Arbitrary<Body> {
  const choices = fc.record({
    withImage: fc.boolean(),
    inputs: fc.subarray(OPTIONAL.filter((name) => takes(row, name))),
    prompt: fc.option(prompt, { nil: undefined }),
    audio: fc.option(fc.boolean(), { nil: undefined }),
    model: fc.constantFrom(row.id, ...row.aliases),
  });
  return choices.chain(({ withImage, inputs: chosen, prompt: text, audio: withAudio, model }) => {
    const inputs = withImage ? chosen.filter((name) => row.image_combines_with.includes(name)) : chosen;
    const reference = inputs.includes('reference_images') || inputs.includes('reference_audios');
    const range = rangeOf(row, reference);
    const cap = reference ? row.operations.generateVideo.reference_to_video?.max_resolution : undefined;
    const resolutions = RESOLUTIONS.filter((name) => row.resolutions[name] && (!cap || RANK[name]! <= RANK[cap]!));
    const defaultFits = DEFAULT_SECONDS >= range.min && DEFAULT_SECONDS <= range.max;
    const duration = fc.oneof(fc.constantFrom(range.min, range.max), fc.integer(range), ...(defaultFits ? [fc.constant(undefined)] : []));
    const ratio = fc.option(fc.constantFrom(...row.aspect_ratios), { nil: undefined });
    return fc
      .record({ duration, resolution: fc.option(fc.constantFrom(...resolutions), { nil: undefined }), aspect_ratio: ratio })
      .chain((picked) => {
        const length = picked.duration ?? DEFAULT_SECONDS;
        const values = inputs.map((name) => inputValue(row, name, itemsOf(row, name), length));
        return fc.tuple(withImage ? image : fc.constant(undefined), ...values).map(([first, ...rest]) => {
          const body: Body = { model, ...picked, generate_audio: withAudio };
          if (first) body.image = first;
          inputs.forEach((name, i) => {
            body[name] = rest[i];
          });
          const visual = first !== undefined || ['reference_images', 'last_frame', 'keyframes'].some((name) => body[name] !== undefined);
          body.prompt = text ?? (visual ? undefined : 'A lighthouse at dusk');
          return JSON.parse(JSON.stringify(body)) as Body; // drops the undefined fields
        });
      });
  });
}

const set = (body: Body, changes: Body): Body => ({ ...body, ...changes });
const withPrompt = (body: Body): Body => ({ ...body, prompt: body.prompt ?? 'A paper boat' });

/** One change per rule, each just past the row's edge (a rule the row leaves unbreakable yields undefined). */
function tweaks(row: ModelCapabilities): fc.Arbitrary<Tweak>[] {
  const refused = OPTIONAL.filter((name) => !takes(row, name));
  const grid = gridOf(row);
  const keyframeRow = row.inputs.keyframes !== false;
  const list: fc.Arbitrary<Tweak>[] = [
    // input: one the row does not take
    refused.length === 0
      ? fc.constant<Tweak>(() => undefined)
      : fc.constantFrom(...refused).chain((name) =>
          inputValue(row, name, 1, 8).map(
            (value): Tweak =>
              (b) =>
                set(withPrompt(b), { [name]: value, duration: 8 }),
          ),
        ),
    // input-count: one more than the row takes, where the schema allows it
    fc.constant((b: Body) => {
      const name = (['reference_images', 'reference_audios', 'keyframes'] as const).find(
        (n) => takes(row, n) && n !== 'keyframes' && itemsOf(row, n) < SCHEMA.items[n],
      );
      return name
        ? set(b, { [name]: Array.from({ length: itemsOf(row, name) + 1 }, () => ({ url: 'https://example.com/r.png' })) })
        : undefined;
    }),
    // image-combination: image with an input the row takes but not with image
    fc.constant((b: Body) => {
      const name = OPTIONAL.find((n) => takes(row, n) && !row.image_combines_with.includes(n) && n !== 'keyframes');
      if (!name) return undefined;
      const value =
        name === 'reference_audios'
          ? [{ voice_id: 'eve' }]
          : name === 'last_frame'
            ? { url: 'https://example.com/l.png' }
            : [{ url: 'https://example.com/r.png' }];
      return set(b, { image: { url: 'https://example.com/first.png' }, [name]: value, duration: 5, resolution: '480p' });
    }),
    // resolution: one the row does not render
    fc.constant((b: Body) => {
      const missing = RESOLUTIONS.find((name) => !row.resolutions[name]);
      return missing ? set(b, { resolution: missing }) : undefined;
    }),
    // aspect-ratio: without image (with one the ratio is ignored), a ratio the row does not take
    fc.constant((b: Body) => {
      const missing = ASPECT_RATIOS.find((ratio) => !row.aspect_ratios.includes(ratio));
      if (!missing) return undefined;
      const { image: _image, ...rest } = b;
      return set(withPrompt(rest), { aspect_ratio: missing });
    }),
    // duration: one second past either end of the mode's range
    fc.boolean().map((above) => (b: Body) => {
      const range = rangeOf(row, isReference(b));
      const seconds = above ? range.max + 1 : range.min - 1;
      if (seconds < SCHEMA.seconds.min || seconds > SCHEMA.seconds.max) return undefined;
      const { keyframes: _dropped, ...rest } = b; // keyframes stay inside the old length only
      return set(withPrompt(rest), { duration: seconds });
    }),
    // reference-resolution: references above their resolution cap, on a row that renders it
    fc.constant((b: Body) => {
      const reference = row.operations.generateVideo.reference_to_video;
      const above = RESOLUTIONS.find((name) => row.resolutions[name] && reference && RANK[name]! > RANK[reference.max_resolution]!);
      if (!reference || !above || !takes(row, 'reference_images')) return undefined;
      const { image: _image, ...rest } = b; // image may not combine with references on this row
      return set(withPrompt(rest), {
        reference_images: [{ url: 'https://example.com/r.png' }],
        resolution: above,
        duration: reference.seconds.min,
      });
    }),
  ];
  if (!keyframeRow) return list;
  const keyframe = (t: number) => ({ image: { file_id: 'file_k' }, timestamp_s: t });
  const length = (b: Body) => lengthOf(b);
  list.push(
    // keyframe-time: at or after the end of a shorter clip (the schema keeps t < 15)
    fc.double({ min: 0, max: 0.999, noNaN: true }).map((f) => (b: Body) => {
      const l = Math.min(length(b), 14);
      return set(b, { duration: l, keyframes: [keyframe(l + f * (14.999 - l))] });
    }),
    // keyframe-edge: snaps onto the first or the last frame
    fc.tuple(fc.boolean(), fc.double({ min: 0.001, max: 0.499, noNaN: true })).map(([first, f]) => (b: Body) => {
      const t = first ? f / grid : length(b) - f / grid;
      return set(b, { keyframes: [keyframe(t)] });
    }),
    // keyframe-slot: two keyframes in one slot
    fc.double({ min: 0, max: 0.45, noNaN: true }).map((f) => (b: Body) => {
      const slot = Math.max(1, Math.floor((length(b) * grid) / 2));
      return set(b, { keyframes: [keyframe(slot / grid), keyframe((slot + f) / grid)] });
    }),
  );
  return list;
}

function keptSource(row: ModelCapabilities, operationId: 'extendVideo' | 'editVideo'): fc.Arbitrary<Body> {
  const added = row.operations.extendVideo?.added_seconds ?? { min: 2, max: 10 };
  return fc.record(
    {
      model: fc.constantFrom(row.id, ...row.aliases),
      prompt,
      video: fc.constantFrom<Body>({ url: 'https://example.com/source.mp4' }, { file_id: 'file_video' }),
      ...(operationId === 'extendVideo' ? { duration: fc.oneof(fc.constantFrom(added.min, added.max), fc.integer(added)) } : {}),
    },
    { requiredKeys: ['prompt', 'video'] },
  );
}

/** Per model: kept bodies, and bodies with one rule broken, for one operation. */
export function capabilityRequestArbitrary(operationId: CreateOperation): fc.Arbitrary<Body> {
  const perRow = capabilityRows().map((row) => {
    if (operationId !== 'generateVideo') return keptSource(row, operationId); // a row that does not serve it breaks `operation`
    const broken = fc.tuple(keptGeneration(row), fc.oneof(...tweaks(row))).map(([body, tweak]) => tweak(body) ?? body);
    return fc.oneof(keptGeneration(row), broken).map((body) => JSON.parse(JSON.stringify(body)) as Body);
  });
  return fc.oneof(...perRow);
}
