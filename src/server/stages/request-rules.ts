// The live API's rules that a JSON schema cannot say (they compare fields), checked after
// the schema. Combinations are 400 (as the live API answers image + reference_images);
// a missing prompt is 422 like any missing field.
import { ApiError } from '../error-catalogue.js';

type Body = Record<string, unknown>;

const MAX_REFERENCE_SECONDS = 10;
export const EXTENSION_SOURCE_SECONDS = { min: 2, max: 15 } as const;
export const EDIT_SOURCE_MAX_SECONDS = 8.7;

function hasPrompt(body: Body): boolean {
  return typeof body.prompt === 'string' && body.prompt.trim() !== '';
}

/** `duration`, or its alias `seconds`; both at once must agree. */
export function requestedSeconds(body: Body): number | undefined {
  const { duration, seconds } = body as { duration?: number; seconds?: number };
  if (duration !== undefined && seconds !== undefined && duration !== seconds) {
    throw new ApiError('invalidField', `duration (${duration}) and its alias seconds (${seconds}) disagree: send only duration`);
  }
  return duration ?? seconds;
}

function checkReferenceToVideo(body: Body, seconds: number): void {
  if (!hasPrompt(body)) throw new ApiError('invalidField', 'prompt is required for reference-to-video (reference_images)');
  if (seconds > MAX_REFERENCE_SECONDS) {
    throw new ApiError(
      'invalidCombination',
      `duration: reference-to-video is limited to ${MAX_REFERENCE_SECONDS} seconds (got ${seconds})`,
    );
  }
  if (body.resolution === '1080p')
    throw new ApiError('invalidCombination', 'resolution: reference-to-video is limited to 720p (got "1080p")');
}

function checkKeyframes(body: Body, seconds: number): void {
  const keyframes = (body.keyframes as { timestamp_s: number }[] | undefined) ?? [];
  keyframes.forEach((keyframe, i) => {
    if (keyframe.timestamp_s <= 0 || keyframe.timestamp_s >= seconds) {
      throw new ApiError(
        'invalidField',
        `keyframes[${i}].timestamp_s: must be greater than 0 and less than the duration ${seconds} (got ${keyframe.timestamp_s})`,
      );
    }
  });
}

export function checkGenerationRules(body: Body, seconds: number): void {
  if (body.image !== undefined && body.reference_images !== undefined) {
    throw new ApiError(
      'invalidCombination',
      'image and reference_images cannot be used together: image is the first frame, reference_images guide the style',
    );
  }
  const model = (body.model as string | undefined) ?? 'grok-imagine-video';
  if (body.resolution === '1080p' && model === 'grok-imagine-video') {
    throw new ApiError('invalidCombination', 'resolution: 1080p is only available on grok-imagine-video-1.5');
  }
  if (body.reference_images !== undefined) checkReferenceToVideo(body, seconds);
  else if (body.image === undefined && !hasPrompt(body)) {
    throw new ApiError('invalidField', 'prompt is required for text-to-video (send a non-empty prompt, or an image)');
  }
  checkKeyframes(body, seconds);
}

export function checkSourceLength(operation: 'extension' | 'edit', seconds: number): void {
  if (operation === 'extension' && (seconds < EXTENSION_SOURCE_SECONDS.min || seconds > EXTENSION_SOURCE_SECONDS.max)) {
    throw new ApiError(
      'invalidCombination',
      `video: the video to extend must be ${EXTENSION_SOURCE_SECONDS.min} to ${EXTENSION_SOURCE_SECONDS.max} seconds long (it is ${seconds} s)`,
    );
  }
  if (operation === 'edit' && seconds > EDIT_SOURCE_MAX_SECONDS) {
    throw new ApiError(
      'invalidCombination',
      `video: the video to edit must be at most ${EDIT_SOURCE_MAX_SECONDS} seconds long (it is ${seconds} s)`,
    );
  }
}

/** Billed input images: the first frame, every reference image and every keyframe image. */
export function countInputImages(body: Body): number {
  const list = (key: string) => (Array.isArray(body[key]) ? (body[key] as unknown[]).length : 0);
  return (body.image === undefined ? 0 : 1) + list('reference_images') + list('keyframes');
}
