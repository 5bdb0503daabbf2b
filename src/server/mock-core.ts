// The request pipeline: route → (faults, auth, body, controls) → operation → respond.
// Stages return replies or throw ApiError; only the last step writes to the socket.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NormalisedMockOptions } from './mock-options.js';
import type { PrecompiledValidators } from '../spec/index.js';
import { adminRoute } from './stages/admin-routes.js';
import { createAccessLog, createLogger } from '../hosts/access-log.js';
import { ApiError, injectedError } from './error-catalogue.js';
import { checkAuth } from './stages/check-auth.js';
import { CORS_HEADERS, PREFLIGHT_HEADERS } from './internal/cors.js';
import { createVideo, type CreateOperationId } from './stages/create-video.js';
import { getVideo } from './stages/get-video.js';
import { createMockContext, type MockContext } from './mock-context.js';
import { parseMockControls } from './mock-controls.js';
import { pageRoute } from '../hosts/pages.js';
import { readJsonBody } from './stages/read-json-body.js';
import { errorReply, sendReply, type Reply } from './mock-request.js';
import { matchRoute, pathOf, type Route } from './stages/route.js';
import { serveVideo } from './stages/serve-video.js';
import { checkStrict } from './internal/strict-check.js';

/** Returned by a stage that decided to drop the connection (fault injection). */
const RESET = Symbol('reset');
type Outcome = Reply | typeof RESET;

export interface MockHandler {
  context: MockContext;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

function baseUrlOf(req: IncomingMessage, context: MockContext): string {
  return context.options.publicUrl ?? `http://${req.headers.host ?? `${context.options.host}:${context.options.port}`}`;
}

async function applyFaults(context: MockContext): Promise<typeof RESET | undefined> {
  const decision = context.faults.next();
  if (decision.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, decision.latencyMs));
  if (decision.reset) return RESET;
  if (decision.errorStatus) throw injectedError(decision.errorStatus, 'injected fault');
  return undefined;
}

/** Sync where it can be: a poll never waits on a promise, so it costs no microtask turns. */
type MaybeAsync<T> = T | Promise<T>;

function apiRoute(route: Extract<Route, { kind: 'api' }>, req: IncomingMessage, context: MockContext): MaybeAsync<Outcome> {
  if (!context.faults.enabled) return authorisedApiRoute(route, req, context);
  return applyFaults(context).then((fault) => (fault === RESET ? RESET : authorisedApiRoute(route, req, context)));
}

function authorisedApiRoute(route: Extract<Route, { kind: 'api' }>, req: IncomingMessage, context: MockContext): MaybeAsync<Outcome> {
  const apiKey = checkAuth(req, context.acceptedKeys);
  if (route.operationId !== 'getVideo') return createFromBody(route.operationId, req, apiKey, context);
  const { rateLimit } = context.options;
  if (rateLimit !== false && rateLimit.includePolls) {
    const waitMs = context.rateLimiter?.check(apiKey, 'poll', context.clock.now()) ?? 0;
    if (waitMs > 0) throw new ApiError('rateLimited', 'Rate limit exceeded.', { 'retry-after': String(Math.ceil(waitMs / 1000)) });
  }
  return getVideo(route.requestId, baseUrlOf(req, context), context);
}

async function createFromBody(
  operationId: CreateOperationId,
  req: IncomingMessage,
  apiKey: string,
  context: MockContext,
): Promise<Outcome> {
  const body = await readJsonBody(req, context.options.maxBodyBytes);
  const prefer = req.headers.prefer;
  const controls = parseMockControls(Array.isArray(prefer) ? prefer.join(', ') : prefer, body.prompt);
  return createVideo(operationId, body, controls, apiKey, context);
}

async function adminBody(req: IncomingMessage, context: MockContext): Promise<Record<string, unknown> | undefined> {
  if (req.method !== 'POST' || !req.headers['content-type']) {
    req.resume();
    return undefined;
  }
  return readJsonBody(req, context.options.maxBodyBytes);
}

function routeRequest(route: Route, req: IncomingMessage, context: MockContext): MaybeAsync<Outcome> {
  switch (route.kind) {
    case 'api':
      return apiRoute(route, req, context);
    case 'video':
      return serveVideo(route.requestId, req.headers.range, context);
    case 'admin': {
      const query = new URL(req.url ?? '/', 'http://mock').searchParams;
      return adminBody(req, context).then((body) => adminRoute(route.action, body, query, context));
    }
    case 'page':
      return pageRoute(pathOf(req.url));
    case 'method-not-allowed':
      req.resume();
      throw new ApiError('methodNotAllowed', `${req.method ?? ''} is not allowed here; allowed: ${route.allow}.`, { allow: route.allow });
    case 'not-found':
      req.resume();
      throw new ApiError('notFound', `No route for ${req.method ?? ''} ${pathOf(req.url).slice(0, 200)}.`);
  }
}

function unexpected(error: unknown, context: MockContext): Reply {
  context.options.log(JSON.stringify({ level: 'error', msg: 'unexpected error', error: String((error as Error)?.stack ?? error) }));
  return errorReply(new ApiError('internal', 'The mock hit an unexpected error; see its log.'));
}

export function createMockHandler(options: NormalisedMockOptions, precompiled?: PrecompiledValidators): MockHandler {
  const context = createMockContext(options, precompiled);
  const accessLog = createAccessLog(createLogger(options.log, options.quiet));
  const toReply = (error: unknown): Reply => (error instanceof ApiError ? errorReply(error) : unexpected(error, context));

  function finish(req: IncomingMessage, res: ServerResponse, route: Route, outcome: Outcome, started: number): void {
    const method = req.method ?? 'GET';
    const xRequestId = randomUUID();
    const durationMs = () => Math.round((performance.now() - started) * 100) / 100;
    if (outcome === RESET) {
      req.socket.destroy();
      accessLog({ method, path: pathOf(req.url), status: 0, x_request_id: xRequestId, duration_ms: durationMs() });
      return;
    }
    const reply = context.options.strict && route.kind === 'api' ? checkStrict(route.operationId, outcome, context) : outcome;
    reply.headers = { ...CORS_HEADERS, 'x-request-id': xRequestId, ...reply.headers };
    sendReply(res, reply, method === 'HEAD');
    const polledId = route.kind === 'api' && route.operationId === 'getVideo' ? route.requestId : undefined;
    const requestId = polledId ?? (reply.json as { request_id?: string } | undefined)?.request_id;
    accessLog({
      method,
      path: pathOf(req.url),
      status: reply.status,
      request_id: requestId,
      x_request_id: xRequestId,
      duration_ms: durationMs(),
    });
  }

  /** The last line of defence: a bug while answering is logged and the socket closed, never a crash. */
  function safeFinish(req: IncomingMessage, res: ServerResponse, route: Route, outcome: Outcome, started: number): void {
    try {
      finish(req, res, route, outcome, started);
    } catch (error) {
      unexpected(error, context);
      res.destroy();
    }
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const route: Route = method === 'OPTIONS' ? { kind: 'not-found' } : matchRoute(method, pathOf(req.url));
    let outcome: MaybeAsync<Outcome>;
    try {
      outcome = method === 'OPTIONS' ? { status: 204, headers: { ...PREFLIGHT_HEADERS } } : routeRequest(route, req, context);
    } catch (error) {
      outcome = toReply(error);
    }
    if (outcome instanceof Promise) {
      outcome.then(
        (settled) => safeFinish(req, res, route, settled, started),
        (error: unknown) => safeFinish(req, res, route, toReply(error), started),
      );
    } else safeFinish(req, res, route, outcome, started);
  }
  return { context, handle };
}
