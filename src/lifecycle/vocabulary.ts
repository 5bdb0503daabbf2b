// The spec's enums in the order the job-id codec packs them: append only, never reorder,
// or ids issued by an older mock decode wrongly. Plus the mock's own words for timing and
// the older live dialects. A leaf: it imports nothing, so any module may use it.
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

/** How long a job runs: realistic (seconds), instant (done on the first poll), slow (ten times realistic). */
export const TIMING_MODES = ['realistic', 'instant', 'slow'] as const;
export type TimingMode = (typeof TIMING_MODES)[number];

/** The most polls a job can be told to take (`polls=N`): the width of its field in the id. */
export const MAX_POLLS = 63;

/** The older live dialects by their mock-control name, with the ticket flag each one sets. */
export const DIALECTS = {
  'legacy-pending-200': 'legacyPending200',
  'no-status': 'finishedWithoutStatus',
  'empty-202': 'emptyPendingBody',
} as const;
export type DialectName = keyof typeof DIALECTS;
