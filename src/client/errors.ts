/**
 * The client's failure catalogue: every way a call can fail is one of these classes.
 *
 * Each class has a stable `name` (a string literal, so it survives minification) and a
 * stable `code` (`ERR_VIDEO_*`) that callers can switch on. Details that come from the
 * API (its error code, the `x-request-id` header) live in their own fields, never in
 * `code`. Messages and bodies are redacted of the API key before they get here
 * (see `internal/redact.ts`): an error must be safe to log or serialise.
 */

/** The three ways the live API reports content moderation (the spec's VideoFinished and ErrorBody). */
export type ModerationVia =
  /** `200 {status: "failed", error: {code: "invalid_argument"}}`. */
  | 'job-failed'
  /** `200 {status: "done", video: {respect_moderation: false, url: ""}}`. */
  | 'respect-moderation'
  /** HTTP 400 with code `imagine:content-moderated` (on the poll, or on the POST for a prompt). */
  | 'http-400';

interface BaseFields {
  /** The job's `request_id`, when the failure concerns a known job. */
  requestId?: string | undefined;
  cause?: unknown;
}

/** Base class: `catch (e) { if (e instanceof VideoClientError) switch (e.code) ... }`. */
export abstract class VideoClientError extends Error {
  abstract override readonly name: string;
  abstract readonly code: string;
  readonly requestId: string | undefined;

  constructor(message: string, fields: BaseFields = {}) {
    super(message, fields.cause === undefined ? undefined : { cause: fields.cause });
    this.requestId = fields.requestId;
  }
}

/** The job finished with `status: "failed"` (other than moderation). */
export class VideoFailedError extends VideoClientError {
  override readonly name = 'VideoFailedError';
  readonly code = 'ERR_VIDEO_FAILED';
  /** The job's `error.code` (`internal_error`, `service_unavailable`, ...), if the body had one. */
  readonly jobErrorCode: string | undefined;
  readonly body: unknown;

  constructor(message: string, fields: BaseFields & { jobErrorCode?: string | undefined; body?: unknown }) {
    super(message, fields);
    this.jobErrorCode = fields.jobErrorCode;
    this.body = fields.body;
  }
}

/** The job (or its result) is no longer available: `status: "expired"`. */
export class VideoExpiredError extends VideoClientError {
  override readonly name = 'VideoExpiredError';
  readonly code = 'ERR_VIDEO_EXPIRED';
}

/** Content moderation withheld the video; `via` says which of the three ways reported it. */
export class VideoModeratedError extends VideoClientError {
  override readonly name = 'VideoModeratedError';
  readonly code = 'ERR_VIDEO_MODERATED';
  readonly via: ModerationVia;
  /** HTTP status, for `via: "http-400"`. */
  readonly status: number | undefined;
  readonly xRequestId: string | undefined;
  readonly body: unknown;

  constructor(
    message: string,
    fields: BaseFields & { via: ModerationVia; status?: number; xRequestId?: string | undefined; body?: unknown },
  ) {
    super(message, fields);
    this.via = fields.via;
    this.status = fields.status;
    this.xRequestId = fields.xRequestId;
    this.body = fields.body;
  }
}

/** The overall deadline (`timeoutMs`) passed before the job finished. */
export class VideoTimeoutError extends VideoClientError {
  override readonly name = 'VideoTimeoutError';
  readonly code = 'ERR_VIDEO_TIMEOUT';
  readonly timeoutMs: number;
  /** The last progress the API reported, if any. */
  readonly lastProgress: number | undefined;

  constructor(message: string, fields: BaseFields & { timeoutMs: number; lastProgress?: number | undefined }) {
    super(message, fields);
    this.timeoutMs = fields.timeoutMs;
    this.lastProgress = fields.lastProgress;
  }
}

/**
 * The caller's `AbortSignal` fired. We throw this rather than rethrowing the signal's
 * reason so that every failure belongs to one hierarchy; the reason is in `cause`.
 */
export class VideoAbortedError extends VideoClientError {
  override readonly name = 'VideoAbortedError';
  readonly code = 'ERR_VIDEO_ABORTED';
}

/** A non-2xx answer that was not retried (or whose retries ran out). */
export class VideoHttpError extends VideoClientError {
  override readonly name = 'VideoHttpError';
  readonly code = 'ERR_VIDEO_HTTP';
  readonly status: number;
  /** The API's own error code (`not-found`, `resource-exhausted`, or an older sentence-style code). */
  readonly apiCode: string | undefined;
  /** The API's human-readable message. */
  readonly apiMessage: string | undefined;
  /** The `x-request-id` response header: quote it to xAI support. */
  readonly xRequestId: string | undefined;
  readonly body: unknown;

  constructor(
    message: string,
    fields: BaseFields & {
      status: number;
      apiCode?: string | undefined;
      apiMessage?: string | undefined;
      xRequestId?: string | undefined;
      body?: unknown;
    },
  ) {
    super(message, fields);
    this.status = fields.status;
    this.apiCode = fields.apiCode;
    this.apiMessage = fields.apiMessage;
    this.xRequestId = fields.xRequestId;
    this.body = fields.body;
  }
}

/** `fetch` itself failed (DNS, connection reset, CORS...) and was not, or no longer, retried. */
export class VideoNetworkError extends VideoClientError {
  override readonly name = 'VideoNetworkError';
  readonly code = 'ERR_VIDEO_NETWORK';
}

/**
 * A 2xx answer this client cannot interpret: an unknown `status` (the spec treats one as
 * drift, so we stop instead of polling forever), a finished body without a video url,
 * a body that is not JSON, or a create response without `request_id`.
 */
export class UnexpectedResponseError extends VideoClientError {
  override readonly name = 'UnexpectedResponseError';
  readonly code = 'ERR_VIDEO_UNEXPECTED_RESPONSE';
  readonly status: number;
  readonly xRequestId: string | undefined;
  readonly body: unknown;

  constructor(message: string, fields: BaseFields & { status: number; xRequestId?: string | undefined; body?: unknown }) {
    super(message, fields);
    this.status = fields.status;
    this.xRequestId = fields.xRequestId;
    this.body = fields.body;
  }
}
