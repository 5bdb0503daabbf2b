/**
 * Public entry point of the typed client (package export "."). Named exports only.
 */
export { createVideoClient } from './create-video-client.js';
export type { VideoClient } from './create-video-client.js';
export type { RawVideoClient } from './video-client-context.js';
export {
  DEFAULT_BASE_URL,
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_RETRY_POLICY,
  DEFAULT_TIMEOUT_MS,
} from './client-options.js';
export type {
  ClientIo,
  FetchLike,
  RequestOptions,
  SleepLike,
  VideoClientOptions,
  VideoProgress,
  WaitOptions,
} from './client-options.js';
export type { CreatedJob } from './create-job.js';
export type { FinishedVideo } from './finished-video.js';
export type { VideoJobState } from './get-video-status.js';
export type { RetryPolicy } from './retry-ladder.js';
export {
  UnexpectedResponseError,
  VideoAbortedError,
  VideoClientError,
  VideoExpiredError,
  VideoFailedError,
  VideoHttpError,
  VideoModeratedError,
  VideoNetworkError,
  VideoTimeoutError,
} from './errors.js';
export type { ModerationVia } from './errors.js';
export type {
  AspectRatio,
  CreateVideoResponse,
  EditVideoBody,
  EditVideoRequest,
  ErrorBody,
  ExtendVideoBody,
  ExtendVideoRequest,
  GenerateVideoBody,
  GenerateVideoRequest,
  ImageInput,
  JobErrorCode,
  ListVideoGenerationModelsResponse,
  Resolution,
  VideoInput,
  VideoGenerationModel,
  VideoModel,
  VideoStatusResponse,
} from './schema-types.js';
export type { DoneVideoStatus } from './finished-video.js';
