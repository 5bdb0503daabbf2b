// POST /v1/videos/generations against one capability row (docs.x.ai "Video Generation":
// request modes, resolutions, durations; "Reference-to-Video" for what combines with
// `image`). Each check returns a Violation or undefined; the first one found is answered.
// What the schema states (a prompt for text-to-video, `duration` xor `seconds`) is not
// checked again here.
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

const present = (body: Body, name: string) => body[name] !== undefined;
const takes = (row: ModelCapabilities, name: InputName) => row.inputs[name] !== false;
const modelsTaking = (name: InputName) =>
  capabilityRows()
    .filter((row) => takes(row, name))
    .map((row) => row.id);

/** `duration`, or its deprecated alias `seconds` (the schema refuses both at once). */
export function requestedSeconds(body: Body): number | undefined {
  const { duration, seconds } = body as { duration?: number; seconds?: number };
  return duration ?? seconds;
}

function checkInputs(row: ModelCapabilities, body: Body): Violation | undefined {
  for (const name of INPUTS) {
    if (!present(body, name)) continue;
    const input = row.inputs[name];
    if (input === false) {
      const others = modelsTaking(name);
      // Stryker disable next-line ConditionalExpression,StringLiteral: every input is taken by some row of today's table
      const where = others.length === 0 ? 'no model takes it' : `${name} is only on ${listing(others)}`;
      return violation('input', name, { model: row.id, input: name, where });
    }
    const count = Array.isArray(body[name]) ? (body[name] as unknown[]).length : 0;
    // Stryker disable next-line ConditionalExpression: for `true` inputs input.max_items is undefined and the comparison is false as well
    if (typeof input === 'object' && count > input.max_items) {
      return violation('input-count', name, { items: name.replace('_', ' '), max: input.max_items, count });
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
    // Stryker disable next-line ConditionalExpression,StringLiteral: every combination refused somewhere is allowed on grok-imagine-video-1.5
    elsewhere.length === 0 ? 'no model combines them' : `combining them (a pinned first frame) is only on ${listing(elsewhere)}`;
  return violation('image-combination', 'image', { model: row.id, input: other, where });
}

function checkResolution(row: ModelCapabilities, resolution: ResolutionName): Violation | undefined {
  if (row.resolutions[resolution]) return undefined;
  const others = capabilityRows()
    .filter((r) => r.resolutions[resolution])
    .map((r) => `${r.id} (${r.resolutions[resolution]})`);
  // Stryker disable next-line ConditionalExpression,StringLiteral: every resolution is rendered by some row of today's table
  const where = others.length === 0 ? 'no model renders it' : `${resolution} is on ${listing(others)}`;
  return violation('resolution', 'resolution', { model: row.id, resolution, where });
}

function checkDuration(row: ModelCapabilities, body: Body, seconds: number, resolution: ResolutionName): Violation | undefined {
  const generation = row.operations.generateVideo;
  const reference = present(body, 'reference_images') || present(body, 'reference_audios') ? generation.reference_to_video : undefined;
  const range = reference?.seconds ?? generation.seconds;
  const mode = reference ? 'reference-to-video' : 'text- and image-to-video';
  if (seconds < range.min || seconds > range.max) {
    return violation('duration', 'duration', { model: row.id, mode, min: range.min, max: range.max, seconds });
  }
  if (reference && RESOLUTION_RANK[resolution] > RESOLUTION_RANK[reference.max_resolution]) {
    return violation('reference-resolution', 'resolution', { model: row.id, max: reference.max_resolution, resolution });
  }
  return undefined;
}

/** `aspect_ratio` counts only without `image`: with one the output keeps the image's ratio. */
function checkAspectRatio(row: ModelCapabilities, body: Body): Violation | undefined {
  const ratio = body.aspect_ratio;
  if (typeof ratio !== 'string' || present(body, 'image') || row.aspect_ratios.includes(ratio)) return undefined;
  // Stryker disable next-line MethodExpression: every row of today's table takes every ratio, so the filter keeps them all
  const others = capabilityRows()
    .filter((r) => r.aspect_ratios.includes(ratio))
    .map((r) => r.id);
  return violation('aspect-ratio', 'aspect_ratio', { model: row.id, ratio, models: listing(others) });
}

/** What every generation check reads: the model's row, the body, and its duration and resolution with defaults applied. */
export interface GenerationRequest {
  row: ModelCapabilities;
  body: Body;
  seconds: number;
  resolution: ResolutionName;
}

export type GenerationCheck = (request: GenerationRequest) => Violation | undefined;

/**
 * The generation checks, in the order they are answered (the first broken rule wins).
 * Named, so that a test can build a rule set without one and prove the fuzzer notices.
 */
export const GENERATION_CHECKS = {
  inputs: ({ row, body }) => checkInputs(row, body),
  imageCombinations: ({ row, body }) => checkImageCombinations(row, body),
  resolution: ({ row, resolution }) => checkResolution(row, resolution),
  aspectRatio: ({ row, body }) => checkAspectRatio(row, body),
  duration: ({ row, body, seconds, resolution }) => checkDuration(row, body, seconds, resolution),
  keyframes: ({ row, body, seconds }) => checkKeyframes(row, body.keyframes as { timestamp_s: number }[] | undefined, seconds),
} as const satisfies Record<string, GenerationCheck>;

export type GenerationChecks = Readonly<Record<string, GenerationCheck>>;

export function checkGeneration(row: ModelCapabilities, body: Body, checks: GenerationChecks = GENERATION_CHECKS): Violation | undefined {
  const request: GenerationRequest = {
    row,
    body,
    seconds: requestedSeconds(body) ?? DEFAULT_GENERATION_SECONDS,
    resolution: (body.resolution as ResolutionName | undefined) ?? DEFAULT_RESOLUTION,
  };
  for (const check of Object.values(checks)) {
    const broken = check(request);
    if (broken) return broken;
  }
  return undefined;
}
