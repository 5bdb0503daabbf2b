// The live API's answer to GET /v1/videos/{request_id} for a job in a given phase,
// including the older dialects and the three ways moderation is reported (the spec's
// VideoFinished and VideoPending responses).
import { costInUsdTicks } from './pricing.js';
import type { JobPhase } from './job-phase.js';
import type { JobTicket } from './job-ticket.js';
import type { JobErrorCode } from './vocabulary.js';

export interface JobResponse {
  status: number;
  /** Undefined: no body (a 202 in the empty-body dialect). */
  body?: Record<string, unknown>;
}

const FAILURE_MESSAGES: Record<JobErrorCode, string> = {
  internal_error: 'Video generation failed due to an internal error; please retry.',
  invalid_argument: 'The request could not be processed: the prompt or an input is invalid.',
  permission_denied: 'This API key is not permitted to generate this video.',
  failed_precondition: 'This feature is not available on the requested model.',
  service_unavailable: 'The video service was overloaded while generating; please retry later.',
};

export const MODERATION_MESSAGE = 'The generated video was rejected by content moderation.';

function pending(ticket: JobTicket, progress: number): JobResponse {
  if (ticket.dialect.legacyPending200) return { status: 200, body: { status: 'pending', progress } };
  if (ticket.dialect.emptyPendingBody) return { status: 202 };
  return { status: 202, body: { status: 'pending', progress } };
}

function done(ticket: JobTicket, videoUrl: string, moderated: boolean): JobResponse {
  const body: Record<string, unknown> = {
    status: 'done',
    progress: 100,
    model: ticket.model,
    video: { url: moderated ? '' : videoUrl, duration: ticket.durationSeconds, respect_moderation: !moderated },
    usage: { cost_in_usd_ticks: costInUsdTicks(ticket) },
  };
  if (ticket.dialect.finishedWithoutStatus) delete body.status;
  return { status: 200, body };
}

function failed(code: JobErrorCode, message: string, zeroValues: boolean): JobResponse {
  const body: Record<string, unknown> = { status: 'failed', error: { code, message } };
  // Seen live on moderated jobs: protobuf zero values instead of absent fields.
  if (zeroValues) Object.assign(body, { model: '', video: { duration: 0, respect_moderation: true } });
  return { status: 200, body };
}

function finished(ticket: JobTicket, videoUrl: string): JobResponse {
  switch (ticket.outcome.kind) {
    case 'failed':
      return failed(ticket.outcome.errorCode, FAILURE_MESSAGES[ticket.outcome.errorCode], false);
    case 'moderated-failed':
      return failed('invalid_argument', MODERATION_MESSAGE, true);
    case 'moderated-done':
      return done(ticket, videoUrl, true);
    case 'moderated-http':
      return {
        status: 400,
        body: { code: 'imagine:content-moderated', error: MODERATION_MESSAGE, usage: { cost_in_usd_ticks: costInUsdTicks(ticket) } },
      };
    case 'expired':
      return { status: 200, body: { status: 'expired' } };
    case 'done':
      return done(ticket, videoUrl, false);
  }
}

export function jobResponse(ticket: JobTicket, phase: JobPhase, videoUrl: string): JobResponse {
  if (phase.kind === 'pending') return pending(ticket, phase.progress);
  if (phase.kind === 'expired') return { status: 200, body: { status: 'expired' } };
  return finished(ticket, videoUrl);
}
