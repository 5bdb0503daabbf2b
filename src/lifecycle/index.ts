export { createClock } from './clock.js';
export type { Clock } from './clock.js';
export { MAX_RUN_MS, NONCES_PER_TICK, decodeJobId, encodeJobId } from './job-id.js';
export { jobPhase } from './job-phase.js';
export type { JobPhase, PhaseInput } from './job-phase.js';
export { jobResponse, MODERATION_MESSAGE } from './job-response.js';
export type { JobResponse } from './job-response.js';
export { NO_DIALECT } from './job-ticket.js';
export type { Dialect, JobTicket } from './job-ticket.js';
export {
  DEFAULT_OUTCOME,
  INJECTABLE_STATUSES,
  isJobErrorCode,
  isOutcomeKind,
  isPollErrorStatus,
  OUTCOMES,
  POLL_ERROR_STATUSES,
} from './outcome.js';
export type { Outcome, OutcomeKind, PollErrorStatus } from './outcome.js';
export { costInUsdTicks, TICKS_PER_USD } from './pricing.js';
export { pollsFor, runMsFor } from './timing.js';
export type { Timing } from './timing.js';
export { ASPECT_RATIOS, DIALECTS, JOB_ERROR_CODES, MAX_POLLS, MODELS, OPERATIONS, RESOLUTIONS, TIMING_MODES } from './vocabulary.js';
export type { AspectRatio, DialectName, JobErrorCode, Model, Operation, Resolution, TimingMode } from './vocabulary.js';
export { ASSUMED_SOURCE_SECONDS, DEFAULT_EXTENSION_SECONDS, DEFAULT_GENERATION_SECONDS, planJob } from './plan-job.js';
export type { JobRequest, JobSettings, SourceVideo } from './plan-job.js';
export { createJobDecoder } from './job-id-cache.js';
export type { JobDecoder } from './job-id-cache.js';
