// A schema-valid body changed just enough to keep every rule of its model's capability
// row (fields dropped or set to values the schema and the row allow), so that half of the
// valid requests exercise the accepted path: a schema-derived body breaks some rule more
// often than not. `forModel` first moves a body onto one row, so every model is fuzzed.
import { capabilityRows } from '../../../src/capabilities/index.js';
import type { ModelCapabilities } from '../../../src/spec/index.js';
import type { CreateOperation } from '../../../src/contract/video-jobs.js';

type Body = Record<string, unknown>;
const OPTIONAL = ['reference_images', 'reference_audios', 'last_frame', 'keyframes'] as const;
const PROMPT = 'A paper boat drifting down a rain-soaked street';

const rowOf = (body: Body): ModelCapabilities =>
  capabilityRows().find((row) => row.id === body.model || row.aliases.includes(String(body.model))) ??
  (capabilityRows()[0] as ModelCapabilities);

export function forModel(body: Body, model: string): Body {
  return { ...body, model };
}

function keepInputs(row: ModelCapabilities, kept: Body): void {
  // The first frame as `image` or its alias `input_reference` (the same in every rule).
  const frame = kept.image === undefined && kept.input_reference !== undefined ? 'input_reference' : 'image';
  for (const name of OPTIONAL) {
    const input = row.inputs[name];
    if (input === false || (kept[frame] !== undefined && !row.image_combines_with.includes(name))) delete kept[name];
    else if (typeof input === 'object' && Array.isArray(kept[name])) kept[name] = (kept[name] as unknown[]).slice(0, input.max_items);
  }
  const image = kept[frame] as { url?: string; image_url?: string } | undefined;
  if ((image?.url ?? image?.image_url)?.startsWith('data:')) kept[frame] = { url: 'https://example.com/first.png' };
}

function keepKeyframes(row: ModelCapabilities, kept: Body, length: number): void {
  if (!Array.isArray(kept.keyframes) || row.inputs.keyframes === false) return;
  const grid = row.inputs.keyframes.slots_per_second;
  const seen = new Set<number>();
  kept.keyframes = (kept.keyframes as { timestamp_s: number }[]).filter((k) => {
    const slot = Math.round(k.timestamp_s * grid);
    const fits = k.timestamp_s > 0 && k.timestamp_s < length && slot > 0 && slot < length * grid && !seen.has(slot);
    seen.add(slot);
    return fits;
  });
  if ((kept.keyframes as unknown[]).length === 0) delete kept.keyframes;
}

function keepGeneration(kept: Body): Body {
  const row = rowOf(kept);
  delete kept.seconds;
  keepInputs(row, kept);
  if (typeof kept.prompt !== 'string' || kept.prompt.trim() === '' || /\[mock:/i.test(kept.prompt)) kept.prompt = PROMPT;
  if (!(String(kept.resolution ?? '480p') in row.resolutions)) kept.resolution = '720p';
  if (typeof kept.aspect_ratio === 'string' && !row.aspect_ratios.includes(kept.aspect_ratio)) delete kept.aspect_ratio;
  const reference =
    kept.reference_images !== undefined || kept.reference_audios !== undefined
      ? row.operations.generateVideo.reference_to_video
      : undefined;
  const range = reference?.seconds ?? row.operations.generateVideo.seconds;
  const length = Math.min(Math.max((kept.duration as number | undefined) ?? 8, range.min), range.max);
  kept.duration = length;
  if (reference && kept.resolution === '1080p') kept.resolution = reference.max_resolution;
  keepKeyframes(row, kept, length);
  return kept;
}

export function keepRules(operationId: CreateOperation, body: Body): Body {
  const kept: Body = { ...body };
  if (operationId === 'generateVideo') return keepGeneration(kept);
  if (rowOf(kept).operations[operationId] === undefined) {
    const serving = capabilityRows().find((row) => row.operations[operationId] !== undefined);
    if (serving) kept.model = serving.id;
  }
  const video = kept.video as { url?: unknown } | undefined;
  const url = video?.url;
  if (typeof url === 'string' && (url.startsWith('data:') || !URL.canParse(url))) kept.video = { url: 'https://example.com/source.mp4' };
  return kept;
}
