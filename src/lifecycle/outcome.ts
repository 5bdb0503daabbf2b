// How a job ends, chosen per request (the Prefer header or a prompt tag): the mock's
// equivalent of Prism's `Prefer: code=...`, but for an asynchronous job.
import { JOB_ERROR_CODES, type JobErrorCode } from './vocabulary.js';

export const OUTCOMES = [
  'done',
  'failed',
  'moderated-failed', // 200 failed + invalid_argument, with protobuf zero values
  'moderated-done', // 200 done, respect_moderation: false, empty url
  'moderated-http', // 400 on the poll, code imagine:content-moderated
  'expired',
] as const;
export type OutcomeKind = (typeof OUTCOMES)[number];

/** Statuses the poll can be told to fail with (`Prefer: poll-status=503`). */
export const POLL_ERROR_STATUSES = [0, 401, 403, 404, 429, 500, 502, 503, 504, 529] as const;
export type PollErrorStatus = (typeof POLL_ERROR_STATUSES)[number];
/** Statuses a create or a poll can be told to fail with (`create-status`, `poll-status`, `code`, faults). */
export const INJECTABLE_STATUSES = POLL_ERROR_STATUSES.filter((status) => status !== 0) as Exclude<PollErrorStatus, 0>[];

export interface Outcome {
  kind: OutcomeKind;
  /** The failed job's `error.code` (only for `failed`). */
  errorCode: JobErrorCode;
  /** 0 = polls answer normally. */
  pollErrorStatus: PollErrorStatus;
}

export const DEFAULT_OUTCOME: Outcome = { kind: 'done', errorCode: 'internal_error', pollErrorStatus: 0 };

export function isOutcomeKind(value: string): value is OutcomeKind {
  return (OUTCOMES as readonly string[]).includes(value);
}

export function isJobErrorCode(value: string): value is JobErrorCode {
  return (JOB_ERROR_CODES as readonly string[]).includes(value);
}

export function isPollErrorStatus(value: number): value is PollErrorStatus {
  return value !== 0 && (POLL_ERROR_STATUSES as readonly number[]).includes(value);
}
