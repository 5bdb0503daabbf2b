// The fetch host: the core behind the standard `(request: Request) => Promise<Response>`,
// for any runtime that has Request and Response (Node 20+, Deno, Bun, workers, Hono's
// `app.fetch`, MSW). Nothing Node-only: the validators come from spec-bundle, which the
// build makes portable. A connection reset (fault injection) answers `Response.error()`,
// the network error of the Fetch standard: MSW turns it into a failed fetch, and a server
// that hosts the handler should drop the connection.
import type { Clock } from '../lifecycle/index.js';
import {
  BODY_TOO_LARGE,
  createMemoryStore,
  createMockCore,
  type MockAnswer,
  type MockCore,
  type MockOptions,
  type MockRequest,
  type NormalisedMockOptions,
  normaliseMockOptions,
  type PageSource,
  RESET_CONNECTION,
} from '../server/index.js';
import { loadResponseValidators, requestValidators } from '../spec/spec-bundle.js';
import { memoryClock } from './internal/memory-clock.js';

export interface MockFetchHandler {
  (request: Request): Promise<Response>;
  readonly options: NormalisedMockOptions;
  /** The mock's clock: `clock.advance(ms)` moves every job forward. */
  readonly clock: Clock;
  /** Same as POST /__mock/reset. */
  reset(): void;
}

/** Reads a body stream, stopping (and cancelling it) once it passes `maxBytes`. */
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | typeof BODY_TOO_LARGE> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      // Not awaited: some sources (msw's interceptor) settle a cancel only when they are done.
      reader.cancel().catch(() => undefined);
      return BODY_TOO_LARGE;
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

export function toMockRequest(request: Request): MockRequest {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value; // Headers joins a repeated header with ", " and lower-cases names
  });
  return {
    method: request.method.toUpperCase(),
    path: url.pathname,
    query: url.search.slice(1),
    headers,
    origin: url.origin,
    readBody: (maxBytes) => readLimited(request, maxBytes),
  };
}

const encoder = new TextEncoder();

export function toResponse(answer: MockAnswer, method: string): Response {
  if (answer === RESET_CONNECTION) return Response.error();
  const headers = new Headers(answer.headers);
  let body: Uint8Array | undefined;
  if (answer.json !== undefined) {
    body = encoder.encode(answer.jsonText ?? JSON.stringify(answer.json));
    headers.set('content-type', 'application/json');
  } else if (answer.bytes !== undefined) {
    body = typeof answer.bytes === 'string' ? encoder.encode(answer.bytes) : answer.bytes;
  }
  headers.set('content-length', String(body?.byteLength ?? 0));
  const noBody = method === 'HEAD' || answer.status === 204 || answer.status === 304;
  return new Response(noBody ? null : (body as BodyInit | undefined), { status: answer.status, headers });
}

export interface FetchHostDeps {
  /** Pages to serve beside the API (none by default). */
  pages?: PageSource;
}

/** The core for these options; its validators load on first use (in strict mode, asynchronously). */
function lazyCore(normalised: NormalisedMockOptions, store: ReturnType<typeof createMemoryStore>, deps: FetchHostDeps) {
  let core: MockCore | undefined;
  let loading: Promise<MockCore> | undefined;
  const build = (validators: Parameters<typeof createMockCore>[1]['validators']) =>
    createMockCore(normalised, { validators, store, ...(deps.pages && { pages: deps.pages }) });
  return (): MockCore | Promise<MockCore> => {
    if (core) return core;
    if (!normalised.strict) {
      core = build(requestValidators());
      return core;
    }
    loading ??= loadResponseValidators().then((responses) => {
      core = build({ ...requestValidators(), ...responses });
      return core;
    });
    return loading;
  };
}

export function createMockFetchHandler(options: MockOptions = {}, deps: FetchHostDeps = {}): MockFetchHandler {
  const normalised = normaliseMockOptions(options);
  const store = createMemoryStore();
  const coreOf = lazyCore(normalised, store, deps);
  const handler = async (request: Request): Promise<Response> => {
    const core = await coreOf();
    return toResponse(await core.handle(toMockRequest(request)), request.method.toUpperCase());
  };
  return Object.assign(handler, {
    options: normalised,
    clock: memoryClock(store, normalised.now),
    reset: () => {
      const core = coreOf();
      // Before the first request there is no core yet, only the store to clear.
      if (core instanceof Promise) store.reset();
      else core.reset();
    },
  });
}
