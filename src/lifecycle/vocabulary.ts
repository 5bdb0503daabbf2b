// The spec's enums in the order the job-id codec packs them: append only, never reorder,
// or ids issued by an older mock decode wrongly.
export const MODELS = [
  'grok-imagine-video',
  'grok-imagine-video-1.5',
  'grok-imagine-video-1.5-preview', // ids issued before tickets held the canonical model
  'grok-imagine-video-1.5-lite',
] as const;
export const RESOLUTIONS = ['480p', '720p', '1080p'] as const;
export const ASPECT_RATIOS = ['16:9', '1:1', '9:16', '4:3', '3:4', '3:2', '2:3', '21:9', '5:2'] as const;
export const OPERATIONS = ['generation', 'extension', 'edit'] as const;
export const JOB_ERROR_CODES = [
  'internal_error',
  'invalid_argument',
  'permission_denied',
  'failed_precondition',
  'service_unavailable',
] as const;

export type Model = (typeof MODELS)[number];
export type Resolution = (typeof RESOLUTIONS)[number];
export type AspectRatio = (typeof ASPECT_RATIOS)[number];
export type Operation = (typeof OPERATIONS)[number];
export type JobErrorCode = (typeof JOB_ERROR_CODES)[number];
