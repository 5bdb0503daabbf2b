// Lifecycle stage of GET /v1/videos/{request_id}: the job's state is derived from its id
// and the mock's clock; only `polls=N` jobs touch the store (to count the poll).
import { type JobPhase, type JobTicket, jobPhase, jobResponse, type JobDecoder } from '../../lifecycle/index.js';
import { type ApiError, apiError, injectedError } from '../error-catalogue.js';
import { type MaybeAsync, andThen } from '../maybe-async.js';
import type { MockReply } from '../mock-request.js';
import type { MockStore } from '../mock-store.js';
import type { PollAnswers } from '../internal/poll-answers.js';
import type { PollOverride } from '../prism-preferences.js';
import { VIDEO_FILE_PATH } from './route.js';

export interface PollDeps {
  decodeJob: JobDecoder;
  store: MockStore;
  ttlMs: number;
  /** Answers already serialised: each job's last, with its step and base URL. */
  answers: PollAnswers;
}

const [VIDEO_PATH_HEAD, VIDEO_PATH_TAIL] = VIDEO_FILE_PATH.split('{request_id}') as [string, string];

export function videoUrl(baseUrl: string, requestId: string): string {
  return `${baseUrl}${VIDEO_PATH_HEAD}${requestId}${VIDEO_PATH_TAIL}`;
}

function answer(ticket: JobTicket, phase: JobPhase, requestId: string, baseUrl: string): MockReply {
  const response = jobResponse(ticket, phase, videoUrl(baseUrl, requestId));
  return { status: response.status, headers: {}, json: response.body, jobId: requestId };
}

/** The answer of a job as its id says (no override): the same for every poll in one phase. */
function keptAnswer(ticket: JobTicket, phase: JobPhase, requestId: string, baseUrl: string, answers: PollAnswers): MockReply {
  const step = phase.kind === 'pending' ? phase.progress : phase.kind;
  const kept = answers(requestId, step, baseUrl, () => jobResponse(ticket, phase, videoUrl(baseUrl, requestId)));
  return { status: kept.status, headers: {}, json: kept.body, jsonText: kept.text, jobId: requestId };
}

/** Prism's `code=` / `example=` on the poll: the answer as if the job were in that phase. */
function overridden(ticket: JobTicket, phase: JobPhase, override: PollOverride): [JobTicket, JobPhase] {
  const outcome = {
    ...ticket.outcome,
    ...(override.outcome && { kind: override.outcome }),
    ...(override.errorCode && { errorCode: override.errorCode }),
  };
  const shaped = { ...ticket, outcome, dialect: { ...ticket.dialect, ...override.dialect } };
  if (override.phase === 'pending') return [shaped, { kind: 'pending', progress: phase.kind === 'pending' ? phase.progress : 99 }];
  return [shaped, override.phase === 'finished' ? { kind: 'finished' } : phase];
}

export function pollJob(
  requestId: string,
  baseUrl: string,
  nowMs: number,
  override: PollOverride | undefined,
  deps: PollDeps,
): MaybeAsync<MockReply | ApiError> {
  const ticket = deps.decodeJob(requestId);
  if (!ticket) return apiError('404 not-found', 'unknownJob', { id: requestId.slice(0, 64) });
  if (ticket.outcome.pollErrorStatus && !override?.phase) {
    return injectedError(ticket.outcome.pollErrorStatus, 'requested with Prefer: poll-status');
  }
  const polls = ticket.pollsToFinish > 0 ? deps.store.countPoll(requestId) : 0;
  return andThen(polls, (count) => {
    const phase = jobPhase(ticket, { nowMs, polls: count, ttlMs: deps.ttlMs });
    if (!override) return keptAnswer(ticket, phase, requestId, baseUrl, deps.answers);
    const [shaped, forced] = overridden(ticket, phase, override);
    return answer(shaped, forced, requestId, baseUrl);
  });
}
