// A REST poll answer below 400 (GET /v1/videos/{request_id}) as GetDeferredVideoResponse.
// Every dialect the REST host may send maps onto the one gRPC shape: 202 with or without
// a body and the older 200 pending are PENDING; a finished body without `status` (early
// 2026) is DONE when it carries a video. Errors (400 moderated included) go to
// toGrpcError instead: over gRPC they are a status, not a message.
import type { DeferredStatus__Output } from './generated/xai_api/DeferredStatus.js';
import type { GetDeferredVideoResponse } from './generated/xai_api/GetDeferredVideoResponse.js';
import { toVideoResponse } from './to-video-response.js';
import type { RestReply } from './video-core.js';
import { DEFERRED_STATUS_OF } from './video-enums.js';

type Json = Record<string, unknown>;

function statusOf(httpStatus: number, body: Json): DeferredStatus__Output | undefined {
  if (typeof body.status === 'string') return DEFERRED_STATUS_OF[body.status];
  if (httpStatus === 202) return 'PENDING';
  return typeof body.video === 'object' && body.video !== null ? 'DONE' : undefined;
}

/** Undefined when the answer is not a job status at all (a fault of the core, reported as INTERNAL). */
export function toDeferredVideoResponse(reply: RestReply): GetDeferredVideoResponse | undefined {
  const body: Json = typeof reply.json === 'object' && reply.json !== null ? (reply.json as Json) : {};
  const status = statusOf(reply.status, body);
  switch (status) {
    case 'PENDING':
      // The proto documents progress 0–99 on PENDING, inside the response.
      return typeof body.progress === 'number' ? { status, response: { progress: body.progress } } : { status };
    case 'DONE':
      return { status, response: toVideoResponse(body, 100) };
    case 'FAILED':
      return { status, response: toVideoResponse(body, 0) };
    case 'EXPIRED':
      return { status };
    default:
      return undefined;
  }
}
