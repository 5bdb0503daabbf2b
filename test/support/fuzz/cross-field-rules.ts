// The fuzzer's oracle for a schema-valid request: the rules a JSON schema cannot say,
// read from the capability table's rows (what each model serves, takes, combines with
// `image`, renders, and for how long), written independently of src/capabilities' rule
// code. The server answers a broken rule with 400 (a bad combination) or 422 (a missing
// field, e.g. the prompt of text-to-video).
import { capabilityRows } from '../../../src/capabilities/index.js';
import type { ModelCapabilities } from '../../../src/spec/index.js';
import type { CreateOperation } from '../../../src/contract/video-jobs.js';

export type Verdict =
  | { kind: 'accept' }
  | { kind: 'reject'; rule: string }
  /** A mock control tag in the prompt may be refused (400) when it does not parse. */
  | { kind: 'either'; reason: string };

type Body = Record<string, unknown>;
type Keyframe = { timestamp_s: number };

const OPTIONAL = ['reference_images', 'reference_audios', 'last_frame', 'keyframes'] as const;
const VISUAL = ['image', 'reference_images', 'last_frame', 'keyframes'];
const RANK: Record<string, number> = { '480p': 0, '720p': 1, '1080p': 2 };
const DEFAULT_SECONDS = 8;
const PNG_HEADER = /^data:image\/[a-z]+;base64,iVBORw0KGgo/;

const hasPrompt = (body: Body) => typeof body.prompt === 'string' && body.prompt.trim() !== '';
const rowOf = (body: Body): ModelCapabilities | undefined =>
  capabilityRows().find((row) => row.id === (body.model ?? capabilityRows()[0]?.id) || row.aliases.includes(String(body.model)));
const lengthOf = (body: Body) => (body.duration ?? body.seconds ?? DEFAULT_SECONDS) as number;
const isReference = (body: Body) => body.reference_images !== undefined || body.reference_audios !== undefined;
const maxOf = (row: ModelCapabilities, name: (typeof OPTIONAL)[number]) => {
  const input = row.inputs[name];
  return typeof input === 'object' ? input.max_items : input ? 1 : 0;
};

function keyframeRule(row: ModelCapabilities, keyframes: Keyframe[], length: number): string | undefined {
  const grid = row.inputs.keyframes === false ? 3 : row.inputs.keyframes.slots_per_second;
  const slots = keyframes.map((k) => Math.round(k.timestamp_s * grid));
  if (keyframes.some((k) => k.timestamp_s <= 0 || k.timestamp_s >= length)) return 'keyframe outside 0 < t < duration';
  if (slots.some((slot) => slot <= 0 || slot >= length * grid)) return 'keyframe snapping onto the first or last frame';
  if (new Set(slots).size !== slots.length) return 'two keyframes in one slot';
  return undefined;
}

function inputRule(row: ModelCapabilities, body: Body): string | undefined {
  for (const name of OPTIONAL) {
    if (body[name] === undefined) continue;
    if (row.inputs[name] === false) return `${name} on ${row.id}`;
    if (Array.isArray(body[name]) && (body[name] as unknown[]).length > maxOf(row, name)) return `too many ${name} on ${row.id}`;
    if (body.image !== undefined && !row.image_combines_with.includes(name)) return `image with ${name} on ${row.id}`;
  }
  return undefined;
}

function generationRule(body: Body): string | undefined {
  const row = rowOf(body);
  if (!row) return 'unknown model';
  const { duration, seconds } = body as { duration?: number; seconds?: number };
  if (duration !== undefined && seconds !== undefined && duration !== seconds) return 'duration and its alias seconds disagree';
  const length = lengthOf(body);
  const resolution = (body.resolution ?? '480p') as string;
  const broken = inputRule(row, body);
  if (broken) return broken;
  if (!(resolution in row.resolutions)) return `${resolution} on ${row.id}`;
  if (body.image === undefined && typeof body.aspect_ratio === 'string' && !row.aspect_ratios.includes(body.aspect_ratio)) return 'ratio';
  const reference = isReference(body) ? row.operations.generateVideo.reference_to_video : undefined;
  const range = reference?.seconds ?? row.operations.generateVideo.seconds;
  if (length < range.min || length > range.max) return `duration outside ${range.min}–${range.max} on ${row.id}`;
  if (reference && (RANK[resolution] ?? 0) > (RANK[reference.max_resolution] ?? 0)) return 'reference-to-video above its resolution';
  const keyframes = (body.keyframes as Keyframe[] | undefined) ?? [];
  const keyframe = keyframeRule(row, keyframes, length);
  if (keyframe) return keyframe;
  if (!hasPrompt(body) && !VISUAL.some((name) => body[name] !== undefined)) return 'text-to-video without a prompt';
  const image = body.image as { url?: string; image_url?: string } | undefined;
  const url = image?.url ?? image?.image_url;
  if (url?.startsWith('data:') && !PNG_HEADER.test(url)) return 'an inline first frame that is not a readable image';
  return undefined;
}

/** The source video must be readable: an inline MP4 is read (a random one is not an MP4). */
function sourceRule(operationId: CreateOperation, body: Body): string | undefined {
  const row = rowOf(body);
  if (row && row.operations[operationId] === undefined) return `${operationId} on ${row.id}`;
  const url = (body.video as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string') return undefined; // a file_id: nothing to read here
  if (url.startsWith('data:video/mp4;base64,')) return 'an inline video that is not a readable MP4';
  if (!URL.canParse(url)) return 'a video URL that does not parse';
  return undefined;
}

export function judgeValidRequest(operationId: CreateOperation, body: Body): Verdict {
  const rule = operationId === 'generateVideo' ? generationRule(body) : sourceRule(operationId, body);
  if (rule) return { kind: 'reject', rule };
  if (typeof body.prompt === 'string' && /\[mock:/i.test(body.prompt)) return { kind: 'either', reason: 'a [mock: ...] tag in the prompt' };
  return { kind: 'accept' };
}
