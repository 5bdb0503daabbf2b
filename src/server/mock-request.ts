// What a host hands the core and what it gets back: plain values, no transport object
// (no IncomingMessage, no Request), so one core serves Node, fetch runtimes and MSW.
import type { CreateOperationId } from '../spec/index.js';
import type { ApiError } from './error-catalogue.js';

/** Returned by `readBody` when the body is longer than the limit the core asked for. */
export const BODY_TOO_LARGE = Symbol('body-too-large');

/** Returned by `readBody` when the client stopped sending (it went away, or the host timed it out). */
export const BODY_INCOMPLETE = Symbol('body-incomplete');

export interface MockRequest {
  /** Upper-case, e.g. `GET`. */
  readonly method: string;
  /** The path as sent (percent-escapes kept), without the query string. */
  readonly path: string;
  /** The query string without its `?` ('' for none). */
  readonly query: string;
  /** Header names lower-cased; a repeated header joined with ", " (RFC 9110 §5.3). */
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** Where the client reached the mock, e.g. `http://127.0.0.1:4010`: the base of `video.url`. */
  readonly origin: string;
  /**
   * The body, read by the host and stopped after `maxBytes`. Called at most once, and
   * only by routes that take a body: a poll never waits for one.
   */
  readBody(maxBytes: number): Promise<Uint8Array | typeof BODY_TOO_LARGE | typeof BODY_INCOMPLETE>;
}

export interface MockReply {
  status: number;
  /** Lower-case names; never content-length or connection (the host's), nor content-type beside `json`. */
  headers: Record<string, string>;
  /** A JSON body (undefined: no body). */
  json?: unknown;
  /** `json` already serialised, when the core kept it (repeated polls): hosts send it as is. */
  jsonText?: string;
  /** A binary or text body with its own content type (videos, pages). */
  bytes?: Uint8Array | string;
  /** The request_id this answer is about, for the host's access log; never sent. */
  jobId?: string;
}

/**
 * An API operation a host has already decoded from its own wire format (the gRPC host's
 * protobuf messages): the body the spec's request schema describes, or the job to poll.
 * It skips the HTTP-only steps (routing, content type, JSON, body size: the host's
 * transport has done or enforced them) and meets the same guard, rules and answers.
 */
export type DecodedOperation =
  | { readonly operationId: CreateOperationId; readonly body: Record<string, unknown> }
  | { readonly operationId: 'getVideo'; readonly requestId: string };

/** What comes with a decoded operation: its header-like metadata and the base of `video.url`. */
export interface DecodedCall {
  /** Lower-case names, as MockRequest.headers: `authorization` and `prefer` are read. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The HTTP host that serves the video files, e.g. `http://127.0.0.1:4010`. */
  readonly origin: string;
  /**
   * The `prefer` metadata is the client's, sent with every call (the Python SDK's
   * `Client(metadata=...)`): a poll checks a job's controls and passes over them (the
   * create applied them) instead of refusing them.
   */
  readonly preferPerClient?: boolean;
}

/** The answer "drop the connection without a reply" (fault injection). */
export const RESET_CONNECTION = Symbol('reset-connection');

export type MockAnswer = MockReply | typeof RESET_CONNECTION;

export function errorReply(error: ApiError): MockReply {
  return { status: error.status, headers: { ...error.headers }, json: error.toBody() };
}

/** A header's value as one string (a repeated header joined), or undefined. */
export function headerOf(request: MockRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
