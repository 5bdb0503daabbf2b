// The rules a JSON schema cannot state: the ONE list of them. Each one has a stable name,
// the status the live API answers it with, and the form of its message; the rule code
// renders its messages from these forms, `make generate` writes the list into the spec
// ("Request rules" in info.description), and tests match answers against it. What a schema
// CAN state (required fields per mode, bounds, exclusive fields, URL syntax) is in the
// schema instead (openapi/xai-video.yaml, GenerateVideoRequest).
import type { CreateOperationId } from '../spec/index.js';

export type RuleStatus = 400 | 404 | 422;

export interface CrossFieldRule {
  status: RuleStatus;
  operations: readonly CreateOperationId[];
  /** What the rule says, for the docs. */
  says: string;
  /** Every message of the rule; each `{name}` is filled in per request. */
  message: string;
}

const ALL: readonly CreateOperationId[] = ['generateVideo', 'extendVideo', 'editVideo'];
const GENERATE: readonly CreateOperationId[] = ['generateVideo'];
const SOURCE: readonly CreateOperationId[] = ['extendVideo', 'editVideo'];

export const CROSS_FIELD_RULES = {
  'unknown-model': {
    status: 404,
    operations: ALL,
    says: '`model` names a row of the capability table (an id or an alias).',
    message: 'The model {model} does not exist or your team does not have access to it.',
  },
  operation: {
    status: 400,
    operations: ALL,
    says: "The model serves the operation (the row's `operations`).",
    message: 'model {model} does not serve {path}: {operations} are {where}',
  },
  input: {
    status: 400,
    operations: GENERATE,
    says: "The model takes each input sent (the row's `inputs`).",
    message: 'model {model} does not take {input}: {where}',
  },
  'input-count': {
    status: 400,
    operations: GENERATE,
    says: "No more items of an input than the model takes (the row's `max_items`); over the schema's `maxItems` too, which is the largest row's.",
    // The live API's words (a 400 for 15 reference images, 2026-09; docs/contract-decisions.md row 69).
    message: 'Too many {items}: {count}. Maximum allowed is {max}.',
  },
  'image-combination': {
    status: 400,
    operations: GENERATE,
    says: "With `image` (or its alias `input_reference`), only the inputs the model combines with a pinned first frame (the row's `image_combines_with`).",
    message: 'model {model} does not take image together with {input}: {where}',
  },
  resolution: {
    status: 400,
    operations: GENERATE,
    says: "The model renders the resolution (the row's `resolutions`).",
    message: 'model {model} does not support resolution {resolution}: {where}',
  },
  'aspect-ratio': {
    status: 400,
    operations: GENERATE,
    says: "Without `image` (or its alias `input_reference`), the model takes the aspect ratio (the row's `aspect_ratios`).",
    message: 'model {model} does not support aspect_ratio {ratio}: it is on {models}',
  },
  duration: {
    status: 400,
    operations: GENERATE,
    says: "The duration is within the model's limits for the mode (reference-to-video has its own).",
    message: 'duration: model {model} limits {mode} to {min}–{max} seconds (got {seconds})',
  },
  'reference-resolution': {
    status: 400,
    operations: GENERATE,
    says: "Reference-to-video is at most the model's `reference_to_video.max_resolution`.",
    message: 'resolution: model {model} limits reference-to-video to {max} (got "{resolution}")',
  },
  'keyframe-time': {
    status: 422,
    operations: GENERATE,
    says: "A keyframe's `timestamp_s` is less than the request's duration.",
    message: '{field}: must be greater than 0 and less than the duration {duration} (got {timestamp})',
  },
  'keyframe-edge': {
    status: 400,
    operations: GENERATE,
    says: "A keyframe does not snap onto the first or the last frame of the model's keyframe grid.",
    message: '{field}: {timestamp} snaps onto the {end} frame on the 1/{grid} s grid of {model}: use image or last_frame for it',
  },
  'keyframe-slot': {
    status: 400,
    operations: GENERATE,
    says: "No two keyframes snap to the same slot of the model's keyframe grid.",
    message: '{field}: keyframes[{other}] and keyframes[{index}] snap to the same slot ({at}) on the 1/{grid} s grid of {model}',
  },
  'source-length': {
    status: 400,
    operations: SOURCE,
    says: "The source video's length is within the model's limits (the row's `source_seconds`, `source_max_seconds`).",
    message: 'video: model {model} {verb} videos of {limits} seconds (this one is {seconds} s)',
  },
  'image-data': {
    status: 400,
    operations: GENERATE,
    says: 'A `data:` first frame is a readable PNG, JPEG or WebP image (media contents).',
    message: '{field}: the data URI is not a readable PNG, JPEG or WebP image',
  },
  'video-data': {
    status: 400,
    operations: SOURCE,
    says: 'A `data:` source video is a readable MP4 (media contents).',
    message: 'video.url: the data URI is not a readable MP4',
  },
  'own-video': {
    status: 400,
    operations: SOURCE,
    says: "A URL on the mock's own video path is a video this mock produced (the mock only).",
    message: 'video.url: {path} is not a video this mock produced',
  },
} as const satisfies Record<string, CrossFieldRule>;

export type RuleName = keyof typeof CROSS_FIELD_RULES;

/** A rule's message for one request: every `{name}` of its form replaced. */
export function ruleMessage(rule: RuleName, values: Readonly<Record<string, string | number>>): string {
  return CROSS_FIELD_RULES[rule].message.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`ruleMessage: ${rule} needs {${name}}`);
    return String(value);
  });
}

const literal = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** A rule's message form as a pattern: the fixed words exactly, any text for each `{name}`. */
export function ruleMessagePattern(rule: RuleName): RegExp {
  const parts = CROSS_FIELD_RULES[rule].message.split(/\{\w+\}/);
  return new RegExp(`^${parts.map(literal).join('.+?')}$`, 's');
}

/** The documented rules whose status and message form an answer matches. */
export function rulesMatching(status: number, message: string): RuleName[] {
  return (Object.keys(CROSS_FIELD_RULES) as RuleName[]).filter(
    (rule) => CROSS_FIELD_RULES[rule].status === status && ruleMessagePattern(rule).test(message),
  );
}
