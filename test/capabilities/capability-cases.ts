// Test cases generated FROM the capability table: every model × every input and
// combination with `image` × every resolution and ratio × the duration edges of each
// mode, each with the verdict the table implies (written from the table's meaning, not
// from the rule code). Adding a row to the table adds its cases.
import { capabilityRows, type RuleName } from '../../src/capabilities/index.js';
import type { CreateOperationId, InputName, ModelCapabilities } from '../../src/spec/index.js';

export interface CapabilityCase {
  name: string;
  operationId: CreateOperationId;
  body: Record<string, unknown>;
  /** undefined: accepted; otherwise the status and rule the live API answers. */
  expected: { status: 400 | 422; rule: RuleName } | undefined;
}

const IMAGE = { url: 'https://example.com/first.png' };
const VIDEO = { url: 'https://example.com/source.mp4' };
const RESOLUTIONS = ['480p', '720p', '1080p'] as const;
const OPTIONAL_INPUTS: Exclude<InputName, 'image'>[] = ['reference_images', 'reference_audios', 'last_frame', 'keyframes'];
const ALL_RATIOS = [...new Set(capabilityRows().flatMap((row) => row.aspect_ratios))];
const RANK = { '480p': 0, '720p': 1, '1080p': 2 } as const;

function inputValue(name: Exclude<InputName, 'image'>, count = 1): unknown {
  if (name === 'last_frame') return { url: 'https://example.com/last.png' };
  if (name === 'reference_audios') return Array.from({ length: count }, (_, i) => ({ voice_id: `voice_${i}` }));
  if (name === 'keyframes') return Array.from({ length: count }, (_, i) => ({ image: IMAGE, timestamp_s: i + 1 }));
  return Array.from({ length: count }, (_, i) => ({ url: `https://example.com/ref-${i}.png` }));
}

const ok = undefined;
const no = (rule: RuleName, status: 400 | 422 = 400) => ({ status, rule });

function operationCases(row: ModelCapabilities): CapabilityCase[] {
  const bodies: Record<CreateOperationId, Record<string, unknown>> = {
    generateVideo: { model: row.id, prompt: 'A paper boat', duration: 2 },
    extendVideo: { model: row.id, prompt: 'More rain', video: VIDEO, duration: 2 },
    editVideo: { model: row.id, prompt: 'Make it red', video: VIDEO },
  };
  return (Object.keys(bodies) as CreateOperationId[]).map((operationId) => ({
    name: `${row.id}: ${operationId}`,
    operationId,
    body: bodies[operationId],
    expected: row.operations[operationId] ? ok : no('operation'),
  }));
}

function inputCases(row: ModelCapabilities): CapabilityCase[] {
  const cases: CapabilityCase[] = [];
  const base = { model: row.id, prompt: 'A paper boat', duration: 4 };
  for (const name of OPTIONAL_INPUTS) {
    const takes = row.inputs[name] !== false;
    cases.push({
      name: `${row.id}: ${name}`,
      operationId: 'generateVideo',
      body: { ...base, [name]: inputValue(name) },
      expected: takes ? ok : no('input'),
    });
    const combines = takes && row.image_combines_with.includes(name);
    cases.push({
      name: `${row.id}: image with ${name}`,
      operationId: 'generateVideo',
      body: { ...base, image: IMAGE, [name]: inputValue(name) },
      expected: !takes ? no('input') : combines ? ok : no('image-combination'),
    });
    const limit = row.inputs[name];
    if (typeof limit === 'object') {
      const body = { ...base, duration: 8, [name]: inputValue(name, limit.max_items) };
      cases.push({ name: `${row.id}: ${limit.max_items} ${name}`, operationId: 'generateVideo', body, expected: ok });
    }
  }
  cases.push({
    name: `${row.id}: image alone, no prompt`,
    operationId: 'generateVideo',
    body: { model: row.id, image: IMAGE },
    expected: ok,
  });
  return cases;
}

function resolutionCases(row: ModelCapabilities): CapabilityCase[] {
  const cases: CapabilityCase[] = [];
  const reference = row.operations.generateVideo.reference_to_video;
  for (const resolution of RESOLUTIONS) {
    const renders = row.resolutions[resolution] !== undefined;
    const body = { model: row.id, prompt: 'A paper boat', duration: 2, resolution };
    cases.push({ name: `${row.id}: ${resolution}`, operationId: 'generateVideo', body, expected: renders ? ok : no('resolution') });
    if (!reference) continue;
    const withReference = { ...body, reference_images: inputValue('reference_images') };
    const expected = !renders ? no('resolution') : RANK[resolution] > RANK[reference.max_resolution] ? no('reference-resolution') : ok;
    cases.push({ name: `${row.id}: reference-to-video at ${resolution}`, operationId: 'generateVideo', body: withReference, expected });
  }
  for (const ratio of ALL_RATIOS) {
    const body = { model: row.id, prompt: 'A paper boat', duration: 2, aspect_ratio: ratio };
    cases.push({
      name: `${row.id}: aspect ratio ${ratio}`,
      operationId: 'generateVideo',
      body,
      expected: row.aspect_ratios.includes(ratio) ? ok : no('aspect-ratio'),
    });
  }
  return cases;
}

function durationCases(row: ModelCapabilities): CapabilityCase[] {
  const { seconds, reference_to_video: reference } = row.operations.generateVideo;
  const cases: CapabilityCase[] = [seconds.min, seconds.max].map((duration) => ({
    name: `${row.id}: ${duration} s`,
    operationId: 'generateVideo',
    body: { model: row.id, prompt: 'A paper boat', duration },
    expected: ok,
  }));
  if (reference) {
    const refs = { model: row.id, prompt: 'A paper boat', reference_images: inputValue('reference_images') };
    cases.push({
      name: `${row.id}: reference-to-video ${reference.seconds.max} s`,
      operationId: 'generateVideo',
      body: { ...refs, duration: reference.seconds.max },
      expected: ok,
    });
    if (reference.seconds.max < seconds.max) {
      const body = { ...refs, duration: reference.seconds.max + 1 };
      cases.push({
        name: `${row.id}: reference-to-video ${reference.seconds.max + 1} s`,
        operationId: 'generateVideo',
        body,
        expected: no('duration'),
      });
    }
  }
  const keyframes = row.inputs.keyframes;
  if (keyframes !== false) {
    const step = 1 / keyframes.slots_per_second;
    const at = (...times: number[]) => ({
      model: row.id,
      prompt: 'A paper boat',
      duration: 4,
      keyframes: times.map((t) => ({ image: IMAGE, timestamp_s: t })),
    });
    cases.push({
      name: `${row.id}: keyframes on the first and last slots`,
      operationId: 'generateVideo',
      body: at(step, 4 - step),
      expected: ok,
    });
    cases.push({
      name: `${row.id}: a keyframe snapping onto frame 0`,
      operationId: 'generateVideo',
      body: at(step / 3),
      expected: no('keyframe-edge'),
    });
    cases.push({
      name: `${row.id}: two keyframes in one slot`,
      operationId: 'generateVideo',
      body: at(2, 2 + step / 4),
      expected: no('keyframe-slot'),
    });
    cases.push({
      name: `${row.id}: a keyframe snapping onto the last frame`,
      operationId: 'generateVideo',
      body: at(4 - step / 3),
      expected: no('keyframe-edge'),
    });
    cases.push({ name: `${row.id}: a keyframe at the end`, operationId: 'generateVideo', body: at(4), expected: no('keyframe-time', 422) });
  }
  return cases;
}

export function capabilityCases(): CapabilityCase[] {
  return capabilityRows().flatMap((row) => [...operationCases(row), ...inputCases(row), ...resolutionCases(row), ...durationCases(row)]);
}
