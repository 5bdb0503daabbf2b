// The proto's enums and the spec's string values, both ways. Typed against the generated
// enum names, so a value added to the proto does not compile until it is mapped here.
import type { DeferredStatus__Output } from './generated/xai_api/DeferredStatus.js';
import type { VideoAspectRatio__Output } from './generated/xai_api/VideoAspectRatio.js';
import type { VideoResolution__Output } from './generated/xai_api/VideoResolution.js';

/** VideoAspectRatio → the spec's `AspectRatio`. UNSPECIFIED means "the default" (16:9, or the image's). */
export const ASPECT_RATIO_OF: Readonly<Record<Exclude<VideoAspectRatio__Output, 'VIDEO_ASPECT_RATIO_UNSPECIFIED'>, string>> = {
  VIDEO_ASPECT_RATIO_1_1: '1:1',
  VIDEO_ASPECT_RATIO_16_9: '16:9',
  VIDEO_ASPECT_RATIO_9_16: '9:16',
  VIDEO_ASPECT_RATIO_4_3: '4:3',
  VIDEO_ASPECT_RATIO_3_4: '3:4',
  VIDEO_ASPECT_RATIO_3_2: '3:2',
  VIDEO_ASPECT_RATIO_2_3: '2:3',
};

/**
 * Ratios the REST API documents (docs.x.ai video generation guide, late 2026) that xAI's
 * published proto has no value for (neither xai-proto's video.proto nor the Python SDK's
 * v6 stubs): a gRPC client cannot ask for them, and no number is invented for them here.
 */
export const REST_ONLY_ASPECT_RATIOS: readonly string[] = ['21:9', '5:2'];

/** VideoResolution → the spec's `Resolution`. UNSPECIFIED means the default, 480p. */
export const RESOLUTION_OF: Readonly<Record<Exclude<VideoResolution__Output, 'VIDEO_RESOLUTION_UNSPECIFIED'>, string>> = {
  VIDEO_RESOLUTION_480P: '480p',
  VIDEO_RESOLUTION_720P: '720p',
  VIDEO_RESOLUTION_1080P: '1080p',
};

/** The spec's job `status` → DeferredStatus. */
export const DEFERRED_STATUS_OF: Readonly<Record<string, DeferredStatus__Output>> = {
  pending: 'PENDING',
  done: 'DONE',
  failed: 'FAILED',
  expired: 'EXPIRED',
};

/**
 * The spec value of a decoded enum field: undefined when unset or UNSPECIFIED (the REST
 * default applies); a value this proto does not know (a number from a newer client) is
 * passed on as "<Enum> <n>", which the spec's enum rejects with a message naming the field.
 */
export function restEnumValue(
  enumName: string,
  value: string | number | undefined,
  table: Readonly<Record<string, string>>,
): string | undefined {
  if (value === undefined || (typeof value === 'string' && value.endsWith('_UNSPECIFIED')) || value === 0) return undefined;
  return (typeof value === 'string' ? table[value] : undefined) ?? `${enumName} ${value}`;
}
