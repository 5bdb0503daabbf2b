// The cross-field rules stage: the live API's rules that a JSON schema cannot say (they
// compare fields, or a field with the source video), checked after the schema. Each rule
// returns its violation as a value. Combinations are 400 (as the live API answers image +
// reference_images); a missing prompt is 422 like any missing field.
import type { Operation, SourceVideo } from '../../lifecycle/index.js';
import { type ApiError, apiError } from '../error-catalogue.js';
import type { Body } from './read-body.js';

const MAX_REFERENCE_SECONDS = 10;
export const EXTENSION_SOURCE_SECONDS = { min: 2, max: 15 } as const;
export const EDIT_SOURCE_MAX_SECONDS = 8.7;
const DEFAULT_GENERATION_SECONDS = 8;

export interface RuleInput {
  operation: Operation;
  body: Body;
  /** What is known of the source video (extensions and edits). */
  source?: SourceVideo;
}

type Violation = ApiError | undefined;

const combination = (detail: string) => apiError('400 invalid-argument', 'combination', { detail });
const field = (detail: string) => apiError('422 invalid-argument', 'field', { detail });

function hasPrompt(body: Body): boolean {
  return typeof body.prompt === 'string' && body.prompt.trim() !== '';
}

/** `duration`, or its alias `seconds` (both at once must agree: see checkSecondsAlias). */
export function requestedSeconds(body: Body): number | undefined {
  const { duration, seconds } = body as { duration?: number; seconds?: number };
  return duration ?? seconds;
}

function checkSecondsAlias(body: Body): Violation {
  const { duration, seconds } = body as { duration?: number; seconds?: number };
  if (duration === undefined || seconds === undefined || duration === seconds) return undefined;
  return field(`duration (${duration}) and its alias seconds (${seconds}) disagree: send only duration`);
}

function checkReferenceToVideo(body: Body, seconds: number): Violation {
  if (!hasPrompt(body)) return field('prompt is required for reference-to-video (reference_images)');
  if (seconds > MAX_REFERENCE_SECONDS) {
    return combination(`duration: reference-to-video is limited to ${MAX_REFERENCE_SECONDS} seconds (got ${seconds})`);
  }
  if (body.resolution === '1080p') return combination('resolution: reference-to-video is limited to 720p (got "1080p")');
  return undefined;
}

function checkKeyframes(body: Body, seconds: number): Violation {
  const keyframes = (body.keyframes as { timestamp_s: number }[] | undefined) ?? [];
  const i = keyframes.findIndex((keyframe) => keyframe.timestamp_s <= 0 || keyframe.timestamp_s >= seconds);
  if (i < 0) return undefined;
  return field(
    `keyframes[${i}].timestamp_s: must be greater than 0 and less than the duration ${seconds} (got ${keyframes[i]!.timestamp_s})`,
  );
}

function checkGeneration(body: Body): Violation {
  const seconds = requestedSeconds(body) ?? DEFAULT_GENERATION_SECONDS;
  if (body.image !== undefined && body.reference_images !== undefined) {
    return combination('image and reference_images cannot be used together: image is the first frame, reference_images guide the style');
  }
  const model = (body.model as string | undefined) ?? 'grok-imagine-video';
  if (body.resolution === '1080p' && model === 'grok-imagine-video') {
    return combination('resolution: 1080p is only available on grok-imagine-video-1.5');
  }
  if (body.reference_images !== undefined) {
    const violation = checkReferenceToVideo(body, seconds);
    if (violation) return violation;
  } else if (body.image === undefined && !hasPrompt(body)) {
    return field('prompt is required for text-to-video (send a non-empty prompt, or an image)');
  }
  return checkKeyframes(body, seconds);
}

function checkSourceLength(operation: Operation, seconds: number): Violation {
  if (operation === 'extension' && (seconds < EXTENSION_SOURCE_SECONDS.min || seconds > EXTENSION_SOURCE_SECONDS.max)) {
    return combination(
      `video: the video to extend must be ${EXTENSION_SOURCE_SECONDS.min} to ${EXTENSION_SOURCE_SECONDS.max} seconds long (it is ${seconds} s)`,
    );
  }
  if (operation === 'edit' && seconds > EDIT_SOURCE_MAX_SECONDS) {
    return combination(`video: the video to edit must be at most ${EDIT_SOURCE_MAX_SECONDS} seconds long (it is ${seconds} s)`);
  }
  return undefined;
}

/** The first rule the request breaks, or undefined. */
export function checkRequestRules({ operation, body, source }: RuleInput): Violation {
  const alias = checkSecondsAlias(body);
  if (alias) return alias;
  if (operation === 'generation') return checkGeneration(body);
  return source ? checkSourceLength(operation, source.durationSeconds) : undefined;
}

/** Billed input images: the first frame, every reference image and every keyframe image. */
export function countInputImages(body: Body): number {
  const list = (key: string) => (Array.isArray(body[key]) ? (body[key] as unknown[]).length : 0);
  return (body.image === undefined ? 0 : 1) + list('reference_images') + list('keyframes');
}
