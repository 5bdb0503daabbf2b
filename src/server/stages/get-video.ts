// GET /v1/videos/{request_id}: the job's state is derived from its id and the clock.
import { jobPhase, jobResponse, type JobTicket } from '../../lifecycle/index.js';
import { ApiError, injectedError } from '../error-catalogue.js';
import type { MockContext } from '../mock-context.js';
import type { Reply } from '../mock-request.js';
import { VIDEO_PREFIX } from './route.js';

export function videoUrl(baseUrl: string, requestId: string): string {
  return `${baseUrl}${VIDEO_PREFIX}xai-video-${requestId}.mp4`;
}

function findJob(requestId: string, context: MockContext): JobTicket {
  const ticket = context.decodeJob(requestId);
  if (!ticket) throw new ApiError('notFound', `No video request with id ${requestId.slice(0, 64)}.`);
  return ticket;
}

export function getVideo(requestId: string, baseUrl: string, context: MockContext): Reply {
  const ticket = findJob(requestId, context);
  if (ticket.outcome.pollErrorStatus) throw injectedError(ticket.outcome.pollErrorStatus, 'requested with Prefer: poll-status');
  const polls = ticket.pollsToFinish > 0 ? context.pollCounts.increment(requestId) : 0;
  const phase = jobPhase(ticket, { nowMs: context.clock.now(), polls, ttlMs: context.options.ttlSeconds * 1000 });
  const response = jobResponse(ticket, phase, videoUrl(baseUrl, requestId));
  return { status: response.status, json: response.body };
}
