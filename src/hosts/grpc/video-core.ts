// What the gRPC host needs from the mock's core: the REST operations, called with a body
// the spec's request schemas describe and answered the way the REST host answers
// (status + JSON), so the core stays transport-free and both hosts share every rule,
// control, fault and message. The gRPC host only translates on either side. The mock's
// own core implements it in mock-video-core.ts; tests may pass a fake.
import type { MaybeAsync, RESET_CONNECTION } from '../../server/index.js';
import type { CreateOperationId } from '../../spec/index.js';

/** The spec's three create operations (openapi/xai-video.yaml operationIds). */
export type { CreateOperationId, MaybeAsync };

/**
 * The call's metadata the core reads, as the REST host reads the same HTTP headers:
 * the raw `authorization` value (the core decides 401 vs 400 and words the message) and
 * `prefer` (the mock controls, RFC 7240 syntax as the HTTP `Prefer` header).
 */
export interface CallMetadata {
  authorization?: string;
  prefer?: string;
}

/** A REST answer: the status, the JSON body (none for an empty 202) and its headers. */
export interface RestReply {
  status: number;
  json?: unknown;
  /** Lower-case names; `x-request-id` and `retry-after` are passed on as gRPC metadata. */
  headers?: Readonly<Record<string, string>>;
}

/** A REST answer, or the core's injected connection reset (a REST client sees its socket close). */
export type CoreReply = RestReply | typeof RESET_CONNECTION;

export interface VideoCore {
  /** POST /v1/videos/{generations,extensions,edits}: 200 `{request_id}` or an error. */
  create(operationId: CreateOperationId, body: Record<string, unknown>, call: CallMetadata): MaybeAsync<CoreReply>;
  /** GET /v1/videos/{request_id}: 202 pending, 200 done/failed/expired, or an error. */
  poll(requestId: string, call: CallMetadata): MaybeAsync<CoreReply>;
}
