// A REST error answer as the gRPC status the live service uses for it. The REST API's
// newer error codes are the gRPC canonical code names in kebab case (`invalid-argument`,
// `not-found`, `resource-exhausted`, ...: openapi/xai-video.yaml FlatError), so the code
// decides; the HTTP status decides for codes outside that vocabulary (the older
// sentence-style codes), following the canonical HTTP mapping of google/rpc/code.proto.
// The message is the REST `error` text, unchanged.
import { Metadata, status, type StatusObject } from '@grpc/grpc-js';
import type { RestReply } from './video-core.js';

const BY_CODE: Readonly<Record<string, status>> = {
  'invalid-argument': status.INVALID_ARGUMENT,
  'imagine:content-moderated': status.INVALID_ARGUMENT,
  unauthenticated: status.UNAUTHENTICATED,
  'permission-denied': status.PERMISSION_DENIED,
  'not-found': status.NOT_FOUND,
  'resource-exhausted': status.RESOURCE_EXHAUSTED,
  // gRPC's own answer to a message over the size limit.
  'payload-too-large': status.RESOURCE_EXHAUSTED,
  internal: status.INTERNAL,
  'mock-contract-violation': status.INTERNAL,
  unavailable: status.UNAVAILABLE,
  'deadline-exceeded': status.DEADLINE_EXCEEDED,
  // 529 is an HTTP-only status; its meaning (retry later) is UNAVAILABLE's.
  overloaded: status.UNAVAILABLE,
};

const BY_STATUS: Readonly<Record<number, status>> = {
  400: status.INVALID_ARGUMENT,
  401: status.UNAUTHENTICATED,
  403: status.PERMISSION_DENIED,
  404: status.NOT_FOUND,
  413: status.RESOURCE_EXHAUSTED,
  422: status.INVALID_ARGUMENT,
  429: status.RESOURCE_EXHAUSTED,
  500: status.INTERNAL,
  501: status.UNIMPLEMENTED,
  502: status.UNAVAILABLE,
  503: status.UNAVAILABLE,
  504: status.DEADLINE_EXCEEDED,
  529: status.UNAVAILABLE,
};

/** REST headers a gRPC client can use too, passed on as (trailing) metadata. */
export const FORWARDED_HEADERS = ['x-request-id', 'retry-after'] as const;

export function forwardedMetadata(headers: RestReply['headers']): Metadata {
  const metadata = new Metadata();
  for (const name of FORWARDED_HEADERS) {
    const value = headers?.[name];
    if (value !== undefined) metadata.set(name, value);
  }
  return metadata;
}

function errorBody(json: unknown): { code?: unknown; message?: unknown } {
  if (typeof json !== 'object' || json === null) return {};
  const { code, error } = json as { code?: unknown; error?: unknown };
  // The nested OpenAI form {"error": {"message", "code"}} that some xAI endpoints send.
  if (typeof error === 'object' && error !== null) return error as { code?: unknown; message?: unknown };
  return { code, message: error };
}

export function grpcStatusOf(httpStatus: number, code: unknown): status {
  return (typeof code === 'string' ? BY_CODE[code] : undefined) ?? BY_STATUS[httpStatus] ?? status.UNKNOWN;
}

/**
 * The core's injected connection reset (`--fault-reset-rate`), which a REST client sees as
 * its socket closing. A gRPC call is one stream of a shared HTTP/2 connection, so the host
 * ends the call the way a client sees a dropped connection (UNAVAILABLE, which the Python
 * SDK's channel retries) instead of dropping every call on that connection.
 */
export const CONNECTION_RESET_DETAILS = 'Connection reset (an injected fault of the mock).';

export function connectionReset(): StatusObject {
  return { code: status.UNAVAILABLE, details: CONNECTION_RESET_DETAILS, metadata: new Metadata() };
}

export function toGrpcError(reply: RestReply): StatusObject {
  const { code, message } = errorBody(reply.json);
  return {
    code: grpcStatusOf(reply.status, code),
    details: typeof message === 'string' && message !== '' ? message : `HTTP ${reply.status}`,
    metadata: forwardedMetadata(reply.headers),
  };
}
