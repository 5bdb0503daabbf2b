// The mock's synchronous errors: one catalogue keyed by what goes on the wire (status and
// the live API's flat `{code, error}` code, docs.x.ai "Error codes"), with every message
// the mock sends as a template. When each is sent is the README's row for the entry, in
// error-catalogue-when.ts (kept out of the runtime): a test keeps the catalogue, the spec
// and the README table in agreement both ways.
export const ERROR_CATALOGUE = {
  '400 invalid-argument': {
    messages: {
      invalidJson: 'The request body is not valid JSON: {detail}',
      invalidUtf8: 'The request body is not valid UTF-8: JSON text must be UTF-8 (RFC 8259 section 8.1).',
      malformedRequest: 'The request is not valid HTTP/1.1 ({reason}); the connection is closed.',
      tooDeep: 'The request body nests deeper than {maxDepth} levels.',
      duplicateKey: 'The request body has the key {key} twice in one object (at {path}): send each field once.',
      combination: '{detail}',
      wrongApiKey: 'Incorrect API key provided. You can obtain an API key from the xAI console.',
      mockControl: 'mock control: {detail}. See GET /docs#mock-controls.',
      injected: 'The request is invalid. ({reason})',
    },
  },
  '400 imagine:content-moderated': {
    messages: { injected: 'The request was rejected by content moderation. ({reason})' },
  },
  '401 unauthenticated': {
    messages: {
      missingBearer: 'Missing or malformed Authorization header: expected "Bearer <api key>".',
      injected: 'Missing or malformed Authorization header: expected "Bearer <api key>". ({reason})',
    },
  },
  '403 permission-denied': {
    messages: { injected: 'This API key is not permitted to use this endpoint. ({reason})' },
  },
  '404 not-found': {
    messages: {
      unknownJob: 'No video request with id {id}.',
      unknownModel: 'The model {model} does not exist or your team does not have access to it.',
      noRoute: 'No route for {method} {path}.',
      noAdminRoute: 'No admin route {route}. Routes: {routes}.',
      noVideoFile: 'No video file for request {id}.',
      injected: 'The requested entity was not found. ({reason})',
    },
  },
  '405 method-not-allowed': {
    messages: { wrongMethod: '{method} is not allowed here; allowed: {allow}.' },
  },
  '408 request-timeout': {
    messages: {
      tooSlow:
        'The request did not arrive in time (headers within {headersMs} ms, the whole request within {requestMs} ms); the connection is closed.',
      incomplete: 'The request body ended before it was complete.',
    },
  },
  '413 payload-too-large': {
    messages: {
      tooLarge: 'Request body exceeds {maxBytes} bytes.',
      chunkExtensions: 'The chunk extensions of the request body are too large; the connection is closed.',
      injected: 'Request body too large. ({reason})',
    },
  },
  '415 unsupported-media-type': {
    messages: {
      notJson: 'Expected a JSON body with Content-Type: application/json; got {got}.',
      empty: 'The request body is empty: expected a JSON object.',
      injected: 'Expected a JSON body with Content-Type: application/json. ({reason})',
    },
  },
  '416 range-not-satisfiable': {
    messages: { outside: 'Range {range} is outside the {size}-byte video.' },
  },
  '417 expectation-failed': {
    messages: { unsupported: 'Expect: {expect} is not supported (only 100-continue is).' },
  },
  '422 invalid-argument': {
    messages: {
      field: '{detail}',
      notObject: 'The request body must be a JSON object (got {got}).',
      clockAdvance: 'clock advance: send {"ms": N} or {"seconds": N} with N >= 0',
      injected: 'A field is missing, of the wrong type or out of range. ({reason})',
    },
  },
  '429 resource-exhausted': {
    messages: {
      rateLimited: 'Rate limit exceeded: {limit} request(s) per second per {per}.',
      injected: 'Rate limit exceeded: 1 request per second per model. ({reason})',
    },
  },
  '431 request-header-fields-too-large': {
    messages: { tooLarge: 'The request line and headers exceed {maxBytes} bytes; the connection is closed.' },
  },
  '500 internal': {
    messages: {
      unexpected: 'The mock hit an unexpected error; see its log.',
      page: 'GET {path}: {detail}',
      injected: 'Internal server error. ({reason})',
    },
  },
  '500 mock-contract-violation': {
    messages: { strict: "strict mode: the mock's {status} response to {operationId} violates the spec: {detail}" },
  },
  '502 unavailable': { messages: { injected: 'Bad gateway. ({reason})' } },
  '503 unavailable': {
    messages: {
      injected: 'The service is temporarily unavailable. ({reason})',
      tooManyConnections: 'The mock serves at most {max} connections at once; retry on a new connection later.',
    },
  },
  '504 deadline-exceeded': { messages: { injected: 'Gateway timeout. ({reason})' } },
  '505 http-version-not-supported': {
    messages: {
      unsupported: 'HTTP/{version} is not supported: send HTTP/1.1 (or HTTP/1.0); the connection is closed.',
      h2Preface:
        'The connection opened with the HTTP/2 preface: this port speaks HTTP/1.1 (gRPC clients: the gRPC port, --grpc-port); the connection is closed.',
    },
  },
  '529 overloaded': {
    messages: { injected: 'The service is overloaded; please retry later. ({reason})' },
  },
} as const;

type Catalogue = typeof ERROR_CATALOGUE;
export type ErrorKey = keyof Catalogue;
export type MessageId<K extends ErrorKey> = keyof Catalogue[K]['messages'] & string;
export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a brace that is not a placeholder (`{"ms": N}`) stays as written. */
function fill(template: string, params: MessageParams): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/**
 * An error answer on its way to the client: a value that stages return, and respond sends.
 * Never thrown, so not an Error: capturing a stack trace was 15 µs of every rejected
 * request, a sixth of its time (`make bench-profile`, PROFILE_REQUEST=post-invalid).
 */
export class ApiError {
  readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(key: ErrorKey, message: string, headers: Readonly<Record<string, string>> = {}) {
    this.message = message;
    const space = key.indexOf(' ');
    this.status = Number(key.slice(0, space));
    this.code = key.slice(space + 1);
    this.headers = headers;
  }

  toBody(): { code: string; error: string } {
    return { code: this.code, error: this.message };
  }
}

/** The catalogue's error `key`, with message `id` filled from `params`. */
export function apiError<K extends ErrorKey>(
  key: K,
  id: MessageId<K>,
  params: MessageParams = {},
  headers?: Readonly<Record<string, string>>,
): ApiError {
  const messages = ERROR_CATALOGUE[key].messages as Record<string, string>;
  return new ApiError(key, fill(messages[id]!, params), headers);
}

/** The entry that answers each injectable status (`create-status`, `poll-status`, `code`, faults). */
const INJECTED_BY_STATUS: Readonly<Record<number, ErrorKey>> = {
  400: '400 invalid-argument',
  401: '401 unauthenticated',
  403: '403 permission-denied',
  404: '404 not-found',
  413: '413 payload-too-large',
  415: '415 unsupported-media-type',
  422: '422 invalid-argument',
  429: '429 resource-exhausted',
  500: '500 internal',
  502: '502 unavailable',
  503: '503 unavailable',
  504: '504 deadline-exceeded',
  529: '529 overloaded',
};

/** Statuses the catalogue can answer on request: the spec documents each for the create operations. */
export const CATALOGUED_STATUSES: readonly number[] = Object.keys(INJECTED_BY_STATUS).map(Number);

/** Where the live API may send `Retry-After` (429 rate limits, 503/529 overload). */
const RETRY_AFTER_STATUSES = new Set([429, 503, 529]);

/** The catalogue's entry `key` as an answer the mock was told to give, `reason` saying who asked. */
export function injectedEntry(key: ErrorKey, reason: string): ApiError {
  const messages = ERROR_CATALOGUE[key].messages as Record<string, string>;
  if (messages.injected === undefined) throw new RangeError(`injectedEntry: ${key} cannot be injected`);
  const headers = RETRY_AFTER_STATUSES.has(Number(key.slice(0, 3))) ? { 'retry-after': '1' } : undefined;
  return new ApiError(key, fill(messages.injected, { reason }), headers);
}

/** The catalogue error for a status the mock was told to answer, `reason` saying who asked. */
export function injectedError(status: number, reason: string): ApiError {
  const key = INJECTED_BY_STATUS[status];
  if (key === undefined) throw new RangeError(`injectedError: ${status} is not a catalogued status`);
  return injectedEntry(key, reason);
}
