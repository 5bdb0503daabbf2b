// POST /v1/videos/generations against one capability row (docs.x.ai "Video Generation":
// request modes, resolutions, durations; "Reference-to-Video" for what combines with
// `image`). Each check returns a Violation or undefined; the first one found is answered.
import type { InputName, ModelCapabilities, ResolutionName } from '../spec/index.js';
import { capabilityRows } from './capability-table.js';
import { checkKeyframes } from './keyframe-rules.js';
import { listing } from './listing.js';
import { type Violation, violation } from './violation.js';

type Body = Record<string, unknown>;

/** The spec's default `duration` (GenerateVideoRequest.duration.default). */
export const DEFAULT_GENERATION_SECONDS = 8;
export const DEFAULT_RESOLUTION: ResolutionName = '480p';
const INPUTS: InputName[] = ['image', 'reference_images', 'reference_audios', 'last_frame', 'keyframes'];
const RESOLUTION_RANK: Record<ResolutionName, number> = { '480p': 0, '720p': 1, '1080p': 2 };
/** Any of these makes the request more than text-to-video, so `prompt` becomes optional. */
const VISUAL_INPUTS: InputName[] = ['image', 'reference_images', 'last_frame', 'keyframes'];

const present = (body: Body, name: string) => body[name] !== undefined;
const takes = (row: ModelCapabilities, name: InputName) => row.inputs[name] !== false;
const modelsTaking = (name: InputName) =>
  capabilityRows()
    .filter((row) => takes(row, name))
    .map((row) => row.id);

/** `duration`, or its deprecated alias `seconds`; both at once must agree (spec: GenerateVideoRequest.seconds). */
export function requestedSeconds(body: Body): number | Violation | undefined {
  const { duration, seconds } = body as { duration?: number; seconds?: number };
  if (duration !== undefined && seconds !== undefined && duration !== seconds) {
    return violation(
      422,
      'duration',
      'duration-alias',
      `duration (${duration}) and its alias seconds (${seconds}) disagree: send only duration`,
    );
  }
  return duration ?? seconds;
}

function checkInputs(row: ModelCapabilities, body: Body): Violation | undefined {
  for (const name of INPUTS) {
    if (!present(body, name)) continue;
    const input = row.inputs[name];
    if (input === false) {
      const others = modelsTaking(name);
      const where = others.length === 0 ? 'no model takes it' : `${name} is only on ${listing(others)}`;
      return violation(400, name, 'input', `model ${row.id} does not support ${name}: ${where}`);
    }
    const count = Array.isArray(body[name]) ? (body[name] as unknown[]).length : 0;
    if (typeof input === 'object' && count > input.max_items) {
      return violation(400, name, 'input-count', `${name}: model ${row.id} takes at most ${input.max_items} (got ${count})`);
    }
  }
  return undefined;
}

function checkImageCombinations(row: ModelCapabilities, body: Body): Violation | undefined {
  if (!present(body, 'image')) return undefined;
  const refused = row.image_combines_with;
  const other = INPUTS.find((name) => name !== 'image' && present(body, name) && !refused.includes(name as never));
  if (!other) return undefined;
  const elsewhere = capabilityRows()
    .filter((r) => r.image_combines_with.includes(other as never))
    .map((r) => r.id);
  const where =
    elsewhere.length === 0 ? 'no model combines them' : `combining them (a pinned first frame) is only on ${listing(elsewhere)}`;
  return violation(400, 'image', 'image-combination', `model ${row.id} does not take image together with ${other}: ${where}`);
}

function checkResolution(row: ModelCapabilities, resolution: ResolutionName): Violation | undefined {
  if (row.resolutions[resolution]) return undefined;
  const others = capabilityRows()
    .filter((r) => r.resolutions[resolution])
    .map((r) => `${r.id} (${r.resolutions[resolution]})`);
  const where = others.length === 0 ? 'no model renders it' : `${resolution} is on ${listing(others)}`;
  return violation(400, 'resolution', 'resolution', `model ${row.id} does not support resolution ${resolution}: ${where}`);
}

function checkDuration(row: ModelCapabilities, body: Body, seconds: number, resolution: ResolutionName): Violation | undefined {
  const generation = row.operations.generateVideo;
  const reference = present(body, 'reference_images') || present(body, 'reference_audios') ? generation.reference_to_video : undefined;
  const range = reference?.seconds ?? generation.seconds;
  const mode = reference ? 'reference-to-video' : 'text- and image-to-video';
  if (seconds < range.min || seconds > range.max) {
    return violation(
      400,
      'duration',
      'duration',
      `duration: model ${row.id} limits ${mode} to ${range.min}–${range.max} seconds (got ${seconds})`,
    );
  }
  if (reference && RESOLUTION_RANK[resolution] > RESOLUTION_RANK[reference.max_resolution]) {
    return violation(
      400,
      'resolution',
      'reference-resolution',
      `resolution: model ${row.id} limits reference-to-video to ${reference.max_resolution} (got "${resolution}")`,
    );
  }
  return undefined;
}

/** `aspect_ratio` counts only without `image`: with one the output keeps the image's ratio. */
function checkAspectRatio(row: ModelCapabilities, body: Body): Violation | undefined {
  const ratio = body.aspect_ratio;
  if (typeof ratio !== 'string' || present(body, 'image') || row.aspect_ratios.includes(ratio)) return undefined;
  const others = capabilityRows()
    .filter((r) => r.aspect_ratios.includes(ratio))
    .map((r) => r.id);
  return violation(
    400,
    'aspect_ratio',
    'aspect-ratio',
    `model ${row.id} does not support aspect_ratio ${ratio}: it is on ${listing(others)}`,
  );
}

function checkPrompt(body: Body): Violation | undefined {
  if (typeof body.prompt === 'string' && body.prompt.trim() !== '') return undefined;
  if (VISUAL_INPUTS.some((name) => present(body, name))) return undefined;
  return violation(422, 'prompt', 'prompt', 'prompt is required for text-to-video (send a non-empty prompt, or an image)');
}

export function checkGeneration(row: ModelCapabilities, body: Body): Violation | undefined {
  const requested = requestedSeconds(body);
  if (typeof requested === 'object') return requested;
  const seconds = requested ?? DEFAULT_GENERATION_SECONDS;
  const resolution = (body.resolution as ResolutionName | undefined) ?? DEFAULT_RESOLUTION;
  return (
    checkInputs(row, body) ??
    checkImageCombinations(row, body) ??
    checkResolution(row, resolution) ??
    checkAspectRatio(row, body) ??
    checkDuration(row, body, seconds, resolution) ??
    checkKeyframes(row, body.keyframes as { timestamp_s: number }[] | undefined, seconds) ??
    checkPrompt(body)
  );
}
