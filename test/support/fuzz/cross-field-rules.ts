// The fuzzer's oracle for a schema-valid request: EVERY documented rule (the spec's
// "Request rules") that the request breaks, read from the capability table's rows (what
// each model serves, takes, combines with `image`, renders, and for how long) and written
// independently of src/capabilities' rule code. `input_reference` is `image` (the spec:
// its deprecated alias, the same in every rule). A server may answer any one of them (its
// rules run in its own order), so an answer agrees when it is 200 for an empty set, or
// the status and message form of one rule of the set.
import { capabilityRows, CROSS_FIELD_RULES, type RuleName, rulesMatching } from '../../../src/capabilities/index.js';
import type { ModelCapabilities } from '../../../src/spec/index.js';
import type { CreateOperation } from '../../../src/contract/video-jobs.js';

export type Verdict =
  | { kind: 'accept' }
  | { kind: 'reject'; rules: RuleName[] }
  /** A mock control tag in the prompt may be refused (400) when it does not parse. */
  | { kind: 'either'; reason: string };

type Body = Record<string, unknown>;
type Keyframe = { timestamp_s: number };

const OPTIONAL = ['reference_images', 'reference_audios', 'last_frame', 'keyframes'] as const;
const RANK: Record<string, number> = { '480p': 0, '720p': 1, '1080p': 2 };
const DEFAULT_SECONDS = 8;
/** PNG, JPEG and WebP signatures, base64: a random data URI is none of them. */
const READABLE_IMAGE = /^data:image\/[a-z]+;base64,(iVBORw0KGgo|\/9j\/|UklGR)/;

export const rowOf = (body: Body): ModelCapabilities | undefined =>
  body.model === undefined
    ? capabilityRows()[0]
    : capabilityRows().find((row) => row.id === body.model || row.aliases.includes(String(body.model)));
const lengthOf = (body: Body) => (body.duration ?? body.seconds ?? DEFAULT_SECONDS) as number;
const isReference = (body: Body) => body.reference_images !== undefined || body.reference_audios !== undefined;
/** The first frame, under either name (a schema-valid body has at most one). */
const firstFrameOf = (body: Body) => body.image ?? body.input_reference;
const maxOf = (row: ModelCapabilities, name: (typeof OPTIONAL)[number]) => {
  const input = row.inputs[name];
  return typeof input === 'object' ? input.max_items : input ? 1 : 0;
};

function keyframeRules(row: ModelCapabilities, keyframes: Keyframe[], length: number, broken: Set<RuleName>): void {
  if (row.inputs.keyframes === false) return;
  const grid = row.inputs.keyframes.slots_per_second;
  const slots = new Set<number>();
  for (const { timestamp_s: t } of keyframes) {
    const slot = Math.round(t * grid);
    if (t <= 0 || t >= length) broken.add('keyframe-time');
    else if (slot <= 0 || slot >= length * grid) broken.add('keyframe-edge');
    else if (slots.has(slot)) broken.add('keyframe-slot');
    slots.add(slot);
  }
}

function inputRules(row: ModelCapabilities, body: Body, broken: Set<RuleName>): void {
  for (const name of OPTIONAL) {
    if (body[name] === undefined) continue;
    if (row.inputs[name] === false) broken.add('input');
    else if (Array.isArray(body[name]) && (body[name] as unknown[]).length > maxOf(row, name)) broken.add('input-count');
    if (firstFrameOf(body) !== undefined && !row.image_combines_with.includes(name)) broken.add('image-combination');
  }
}

function generationRules(row: ModelCapabilities, body: Body, broken: Set<RuleName>): void {
  const length = lengthOf(body);
  const resolution = (body.resolution ?? '480p') as string;
  inputRules(row, body, broken);
  if (!(resolution in row.resolutions)) broken.add('resolution');
  if (firstFrameOf(body) === undefined && typeof body.aspect_ratio === 'string' && !row.aspect_ratios.includes(body.aspect_ratio)) {
    broken.add('aspect-ratio');
  }
  const reference = isReference(body) ? row.operations.generateVideo.reference_to_video : undefined;
  const range = reference?.seconds ?? row.operations.generateVideo.seconds;
  if (length < range.min || length > range.max) broken.add('duration');
  if (reference && (RANK[resolution] ?? 0) > (RANK[reference.max_resolution] ?? 0)) broken.add('reference-resolution');
  keyframeRules(row, (body.keyframes as Keyframe[] | undefined) ?? [], length, broken);
  const image = firstFrameOf(body) as { url?: string; image_url?: string } | undefined;
  const url = image?.url ?? image?.image_url;
  if (url?.startsWith('data:') && !READABLE_IMAGE.test(url)) broken.add('image-data');
}

/** The source video must be readable: an inline MP4 is read (a random one is not an MP4). */
function sourceRules(body: Body, broken: Set<RuleName>): void {
  const url = (body.video as { url?: unknown } | undefined)?.url;
  if (typeof url === 'string' && url.startsWith('data:video/mp4;base64,')) broken.add('video-data');
}

/** Every documented rule the (schema-valid) request breaks. */
export function brokenRules(operationId: CreateOperation, body: Body): RuleName[] {
  const broken = new Set<RuleName>();
  const row = rowOf(body);
  if (!row) return ['unknown-model'];
  if (row.operations[operationId] === undefined) broken.add('operation');
  else if (operationId === 'generateVideo') generationRules(row, body, broken);
  else sourceRules(body, broken);
  return [...broken];
}

export function judgeValidRequest(operationId: CreateOperation, body: Body): Verdict {
  const rules = brokenRules(operationId, body);
  if (rules.length > 0) return { kind: 'reject', rules };
  if (typeof body.prompt === 'string' && /\[mock:/i.test(body.prompt)) return { kind: 'either', reason: 'a [mock: ...] tag in the prompt' };
  return { kind: 'accept' };
}

/** Why an answer disagrees with the verdict, or undefined when it agrees. */
export function disagreement(verdict: Verdict, status: number, message: string | undefined): string | undefined {
  if (verdict.kind === 'either') return [200, 400, 422].includes(status) ? undefined : `a mock tag answered ${status}`;
  if (verdict.kind === 'accept') return status === 200 ? undefined : `valid and within every rule, answered ${status}: ${message}`;
  if (status === 200) return `breaks ${verdict.rules.join(', ')}, answered 200`;
  const named = rulesMatching(status, message ?? '');
  if (named.some((rule) => verdict.rules.includes(rule))) return undefined;
  const expected = verdict.rules.map((rule) => `${rule} (${CROSS_FIELD_RULES[rule].status})`).join(', ');
  return `breaks ${expected}, answered ${status} "${message}" (${named.length > 0 ? `the form of ${named.join(', ')}` : 'no documented rule'})`;
}
