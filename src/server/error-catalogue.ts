// The mock's synchronous errors: one catalogue, always the live API's flat
// `{code, error}` body (reference §7). A test keeps it in step with the spec and docs.
export const ERROR_CATALOGUE = {
  invalidJson: { status: 400, code: 'invalid-argument' },
  invalidCombination: { status: 400, code: 'invalid-argument' },
  mockControl: { status: 400, code: 'invalid-argument' },
  wrongApiKey: { status: 400, code: 'invalid-argument' },
  moderated: { status: 400, code: 'imagine:content-moderated' },
  unauthenticated: { status: 401, code: 'unauthenticated' },
  permissionDenied: { status: 403, code: 'permission-denied' },
  notFound: { status: 404, code: 'not-found' },
  methodNotAllowed: { status: 405, code: 'method-not-allowed' },
  payloadTooLarge: { status: 413, code: 'payload-too-large' },
  unsupportedMediaType: { status: 415, code: 'unsupported-media-type' },
  rangeNotSatisfiable: { status: 416, code: 'range-not-satisfiable' },
  invalidField: { status: 422, code: 'invalid-argument' },
  rateLimited: { status: 429, code: 'resource-exhausted' },
  internal: { status: 500, code: 'internal' },
  badGateway: { status: 502, code: 'unavailable' },
  unavailable: { status: 503, code: 'unavailable' },
  gatewayTimeout: { status: 504, code: 'deadline-exceeded' },
  overloaded: { status: 529, code: 'overloaded' },
} as const;

export type ErrorName = keyof typeof ERROR_CATALOGUE;

/** An error answer on its way to the client; thrown inside stages, sent by respond. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly headers: Record<string, string>;

  constructor(kind: ErrorName, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = ERROR_CATALOGUE[kind].status;
    this.code = ERROR_CATALOGUE[kind].code;
    this.headers = headers;
  }

  toBody(): { code: string; error: string } {
    return { code: this.code, error: this.message };
  }
}

const BY_STATUS: Record<number, { kind: ErrorName; message: string }> = {
  401: { kind: 'unauthenticated', message: 'Missing or malformed Authorization header: expected "Bearer <api key>".' },
  403: { kind: 'permissionDenied', message: 'This API key is not permitted to use this endpoint.' },
  404: { kind: 'notFound', message: 'The requested entity was not found.' },
  429: { kind: 'rateLimited', message: 'Rate limit exceeded: 1 request per second per model.' },
  500: { kind: 'internal', message: 'Internal server error.' },
  502: { kind: 'badGateway', message: 'Bad gateway.' },
  503: { kind: 'unavailable', message: 'The service is temporarily unavailable.' },
  504: { kind: 'gatewayTimeout', message: 'Gateway timeout.' },
  529: { kind: 'overloaded', message: 'The service is overloaded; please retry later.' },
};

/** Injectable statuses (Prefer create-status / poll-status, faults). */
export const INJECTABLE_STATUSES = Object.keys(BY_STATUS).map(Number);

/** The catalogue error for an injected status, with `Retry-After` where the live API may send it. */
export function injectedError(status: number, reason: string): ApiError {
  const entry = BY_STATUS[status] ?? BY_STATUS[500]!;
  const retryAfter = status === 429 || status === 503 || status === 529 ? { 'retry-after': '1' } : undefined;
  return new ApiError(entry.kind, `${entry.message} (${reason})`, retryAfter);
}
