// The xai_api.Video service on top of the core: each RPC reads the call metadata, turns
// the request into the REST operation, asks the core, and turns the REST answer back into
// the proto's message or a gRPC status. A failure anywhere becomes INTERNAL for that call
// only; the server keeps serving.
import { Metadata, status, type handleUnaryCall, type ServerUnaryCall, type StatusObject } from '@grpc/grpc-js';
import { RESET_CONNECTION } from '../../server/index.js';
import type { CallsInFlight } from './calls-in-flight.js';
import type { GetDeferredVideoResponse } from './generated/xai_api/GetDeferredVideoResponse.js';
import type { StartDeferredResponse } from './generated/xai_api/StartDeferredResponse.js';
import type { VideoHandlers } from './generated/xai_api/Video.js';
import { readCallMetadata } from './read-call-metadata.js';
import { toDeferredVideoResponse } from './to-deferred-video-response.js';
import { connectionReset, forwardedMetadata, toGrpcError } from './to-grpc-error.js';
import { extendVideoToRest, generateVideoToRest, type RestRequest } from './to-rest-request.js';
import type { CoreReply, RestReply, VideoCore } from './video-core.js';

/** One finished call, for an access log (never holds the API key or the request body). */
export interface GrpcCallRecord {
  method: 'GenerateVideo' | 'ExtendVideo' | 'GetDeferredVideo';
  code: status;
  requestId?: string;
  /** The core's x-request-id for the answer (sent as metadata too). */
  xRequestId?: string;
  durationMs: number;
  /** What went wrong inside the host or the core, when the call ended INTERNAL that way. */
  failure?: unknown;
}

export interface VideoServiceOptions {
  onCall?: (record: GrpcCallRecord) => void;
  /** Milliseconds, for `durationMs` only. */
  now?: () => number;
  /** Where the calls being answered are counted (a stop cancels and counts those left). */
  inFlight?: CallsInFlight;
}

type Answer<T> = { message: T; metadata: Metadata; requestId?: string } | { error: StatusObject; requestId?: string; failure?: unknown };

function internal(details: string, failure?: unknown): Answer<never> {
  return { error: { code: status.INTERNAL, details, metadata: new Metadata() }, failure };
}

/** The core's errors and resets, or undefined for an answer below 400. */
function failed(reply: CoreReply): Answer<never> | undefined {
  if (reply === RESET_CONNECTION) return { error: connectionReset() };
  return reply.status >= 400 ? { error: toGrpcError(reply) } : undefined;
}

function startAnswer(reply: CoreReply): Answer<StartDeferredResponse> {
  const error = failed(reply);
  if (error) return error;
  const requestId = ((reply as RestReply).json as { request_id?: unknown } | undefined)?.request_id;
  if (typeof requestId !== 'string') return internal('Internal server error: the mock created no request_id.');
  return { message: { request_id: requestId }, metadata: forwardedMetadata((reply as RestReply).headers), requestId };
}

function pollAnswer(reply: CoreReply, requestId: string): Answer<GetDeferredVideoResponse> {
  const error = failed(reply);
  if (error) return { ...error, requestId };
  const message = toDeferredVideoResponse(reply as RestReply);
  if (!message) return internal('Internal server error: the mock answered the poll with a body that is not a job status.');
  return { message, metadata: forwardedMetadata((reply as RestReply).headers), requestId };
}

function recordOf(method: GrpcCallRecord['method'], answer: Answer<unknown>, durationMs: number): GrpcCallRecord {
  const isError = 'error' in answer;
  const record: GrpcCallRecord = { method, code: isError ? answer.error.code : status.OK, durationMs };
  const xRequestId = (isError ? answer.error.metadata : answer.metadata)?.get('x-request-id')[0];
  if (answer.requestId !== undefined) record.requestId = answer.requestId;
  if (typeof xRequestId === 'string') record.xRequestId = xRequestId;
  if (isError && answer.failure !== undefined) record.failure = answer.failure;
  return record;
}

function unary<Req, Res>(
  method: GrpcCallRecord['method'],
  work: (call: ServerUnaryCall<Req, Res>) => Promise<Answer<Res>>,
  options: VideoServiceOptions,
): handleUnaryCall<Req, Res> {
  const now = options.now ?? Date.now;
  return (call, callback) => {
    const startedMs = now();
    const end = options.inFlight?.begin(call);
    const settled = work(call).catch((failure: unknown) => internal('Internal server error.', failure));
    void settled.then((answer) => {
      if ('error' in answer) callback(answer.error, null);
      else {
        call.sendMetadata(answer.metadata);
        callback(null, answer.message);
      }
      end?.();
      options.onCall?.(recordOf(method, answer, now() - startedMs));
    });
  };
}

function create<Req>(core: VideoCore, toRest: (request: Req) => RestRequest) {
  return async (call: ServerUnaryCall<Req, StartDeferredResponse>): Promise<Answer<StartDeferredResponse>> => {
    const { operationId, body } = toRest(call.request);
    return startAnswer(await core.create(operationId, body, readCallMetadata(call.metadata)));
  };
}

export function createVideoServiceHandlers(core: VideoCore, options: VideoServiceOptions = {}): VideoHandlers {
  return {
    GenerateVideo: unary('GenerateVideo', create(core, generateVideoToRest), options),
    ExtendVideo: unary('ExtendVideo', create(core, extendVideoToRest), options),
    GetDeferredVideo: unary(
      'GetDeferredVideo',
      async (call) => {
        const requestId = call.request.request_id ?? '';
        return pollAnswer(await core.poll(requestId, readCallMetadata(call.metadata)), requestId);
      },
      options,
    ),
  };
}
