// The transport-free mock: one request value in, one answer out, through the pipeline
//   route → guard (faults, auth, rate limit) → read & validate → lifecycle → respond.
// Each stage is a function of the request and only the dependencies it needs, and returns
// a value or a catalogued ApiError. Polls stay synchronous with the in-memory store.
// A host with its own wire format (gRPC) enters at the guard with a decoded operation.
import type { ErrorObject } from 'ajv';
import { createJobDecoder, type JobDecoder, NONCES_PER_TICK } from '../lifecycle/index.js';
import type { OperationId } from '../spec/index.js';
import { decodedRequest } from './decoded-request.js';
import { createFaultDice } from './internal/fault-dice.js';
import { lazyModule } from './internal/lazy-module.js';
import { mediaModule } from './internal/media-module.js';
import { createPollAnswers } from './internal/poll-answers.js';
import { createRequestIds } from './internal/request-ids.js';
import type { ValidateResponse } from './internal/strict-check.js';
import { ApiError, apiError, injectedError } from './error-catalogue.js';
import { createFirstFrameCache } from './first-frame-cache.js';
import { type MaybeAsync, andThen } from './maybe-async.js';
import { createMemoryStore } from './memory-store.js';
import type { NormalisedMockOptions } from './mock-options.js';
import {
  type DecodedCall,
  type DecodedOperation,
  type MockAnswer,
  type MockReply,
  type MockRequest,
  RESET_CONNECTION,
  errorReply,
  headerOf,
} from './mock-request.js';
import type { MockStore } from './mock-store.js';
import { type JobControlsOnPoll, parseCreateControls, parsePollControls } from './parse-mock-controls.js';
import { resolveCreatePrism, resolvePollPrism } from './prism-preferences.js';
import * as admin from './stages/admin-routes.js';
import { createJob } from './stages/create-job.js';
import { getModels, type ModelsRouteName } from './stages/get-models.js';
import { checkRateLimit, guardRequest, rateLimitBucket } from './stages/guard.js';
import { pollJob } from './stages/poll-job.js';
import { type Body, readJsonBody, readOptionalJsonBody } from './stages/read-body.js';
import { PREFLIGHT_HEADERS, respond } from './stages/respond.js';
import { adminRouteList, matchRoute, type Route } from './stages/route.js';
import { serveVideo, type VideoDeps } from './stages/serve-video.js';
import { type CreateOperationId, validateCreate } from './stages/validate-request.js';

export interface CoreValidators {
  validateRequestBody(operationId: CreateOperationId, body: unknown): ErrorObject[] | undefined;
  /** Needed in strict mode only. */
  validateResponse?: ValidateResponse;
}

/** Pages a host serves beside the API (the Node host: playground, docs); undefined: none here. */
export type PageSource = (path: string) => Promise<MockReply | ApiError> | undefined;

export interface MockCoreDeps {
  validators: CoreValidators;
  /** Default: a fresh in-memory store. */
  store?: MockStore;
  pages?: PageSource;
  /** x-request-id values; default: UUID-shaped, unique per answer (internal/request-ids.ts). */
  randomUUID?: () => string;
}

export interface MockCore {
  readonly options: NormalisedMockOptions;
  readonly store: MockStore;
  readonly decodeJob: JobDecoder;
  handle(request: MockRequest): MaybeAsync<MockAnswer>;
  /** An API operation a host decoded itself (gRPC): guard → rules → lifecycle → respond, as `handle` answers its REST twin. */
  handleOperation(operation: DecodedOperation, call: DecodedCall): MaybeAsync<MockAnswer>;
  /**
   * An error a host answers without the pipeline (a connection over the bound, a request
   * its parser refused), finished as every answer is: x-request-id and the CORS headers,
   * so that browser code can read a 431 or a 503 rather than see a network error.
   */
  refuse(error: ApiError): MockReply;
  /** Same as POST /__mock/reset. */
  reset(): MaybeAsync<void>;
}

type Matched = Extract<Route, { kind: 'matched' }>;
type StageAnswer = MockReply | ApiError | typeof RESET_CONNECTION;

export function createMockCore(options: NormalisedMockOptions, deps: MockCoreDeps): MockCore {
  if (options.strict && !deps.validators.validateResponse) throw new Error('createMockCore: strict mode needs validators.validateResponse');
  const store = deps.store ?? createMemoryStore();
  const decodeJob = createJobDecoder(options.secret);
  const faults = createFaultDice(options.faults);
  const firstFrames = createFirstFrameCache();
  const ttlMs = options.ttlSeconds * 1000;
  let nonce = Math.floor(Math.random() * NONCES_PER_TICK); // another process starts elsewhere in the cycle
  const nextNonce = () => (nonce = (nonce + 1) % NONCES_PER_TICK);
  const loadMedia: VideoDeps['media'] = lazyModule(() =>
    mediaModule().then((m) => ({ media: m, cache: m.createMp4Cache({ maxEntries: 16 }) })),
  );
  const adminDeps: admin.AdminDeps = {
    options,
    store,
    decodeJob,
    startedAtMs: options.now(),
    resetLocal: () => {
      faults.reseed();
      firstFrames.clear();
    },
  };
  const guardDeps = { faults, acceptedKeys: new Set(options.apiKeys), sleep: options.sleep };
  const limitDeps = { store, rateLimit: options.rateLimit };
  const respondDeps = {
    validateResponse: options.strict ? deps.validators.validateResponse : undefined,
    log: options.log,
    randomUUID: deps.randomUUID ?? createRequestIds(),
  };

  const pollDeps = { decodeJob, store, ttlMs, answers: createPollAnswers() };

  const clockNow = (): MaybeAsync<number> => andThen(store.clockOffsetMs(), (offset) => options.now() + offset);

  function poll(requestId: string, request: MockRequest, apiKey: string, jobControls?: JobControlsOnPoll): MaybeAsync<StageAnswer> {
    const prefer = headerOf(request, 'prefer');
    const controls = prefer === undefined ? undefined : parsePollControls(prefer, jobControls);
    if (controls instanceof ApiError) return controls;
    const override = controls && resolvePollPrism(controls);
    if (override instanceof ApiError) return override;
    return andThen(clockNow(), (nowMs) => {
      const polled = () => pollJob(requestId, options.publicUrl ?? request.origin, nowMs, override, pollDeps);
      if (options.rateLimit === false || !options.rateLimit.includePolls) return polled();
      return andThen(checkRateLimit(apiKey, 'poll', nowMs, limitDeps), (limited) => limited ?? polled());
    });
  }

  /** `decoded`: the body a host already decoded; otherwise the request's JSON body is read. */
  function create(operationId: CreateOperationId, request: MockRequest, apiKey: string, decoded?: Body): MaybeAsync<StageAnswer> {
    const body = decoded ?? readJsonBody(request, options.maxBodyBytes);
    return andThen(body, (read) => (read instanceof ApiError ? read : createFrom(operationId, request, apiKey, read)));
  }

  // Past the body every stage answers at once with the in-memory store: chained with
  // andThen, a create then costs no microtask turn per stage (as a poll costs none).
  function createFrom(operationId: CreateOperationId, request: MockRequest, apiKey: string, body: Body): MaybeAsync<StageAnswer> {
    const controls = parseCreateControls(headerOf(request, 'prefer'), body.prompt);
    if (controls instanceof ApiError) return controls;
    const instead = resolveCreatePrism(controls);
    if (instead) return instead;
    if (controls.createStatus !== undefined) return injectedError(controls.createStatus, 'requested with Prefer: create-status');
    return andThen(clockNow(), (nowMs) =>
      andThen(checkRateLimit(apiKey, rateLimitBucket(body.model), nowMs, limitDeps), (limited) => {
        if (limited) return limited;
        const valid = validateCreate(operationId, body, controls, {
          validateRequestBody: deps.validators.validateRequestBody,
          decodeJob,
        });
        return andThen(valid, (checked) =>
          checked instanceof ApiError ? checked : createJob(checked, controls, nowMs, { options, store, firstFrames, nextNonce }),
        );
      }),
    );
  }

  function api(route: Matched, request: MockRequest): MaybeAsync<StageAnswer> {
    return andThen(guardRequest(request, guardDeps), (apiKey) => {
      if (typeof apiKey !== 'string') return apiKey;
      if (route.name === 'getVideo') return poll(route.params.request_id!, request, apiKey);
      if (route.name === 'listVideoGenerationModels' || route.name === 'getVideoGenerationModel') {
        return getModels(route.name satisfies ModelsRouteName, route.params.model_id, headerOf(request, 'prefer'));
      }
      return create(route.name as CreateOperationId, request, apiKey);
    });
  }

  function operation(decoded: DecodedOperation, call: DecodedCall): MaybeAsync<StageAnswer> {
    const request = decodedRequest(decoded, call);
    return andThen(guardRequest(request, guardDeps), (apiKey) => {
      if (typeof apiKey !== 'string') return apiKey;
      if (decoded.operationId === 'getVideo')
        return poll(decoded.requestId, request, apiKey, call.preferPerClient ? 'pass-over' : 'refuse');
      return create(decoded.operationId, request, apiKey, decoded.body);
    });
  }

  function adminRoute(route: Matched, request: MockRequest): MaybeAsync<StageAnswer> {
    const wallMs = options.now();
    switch (route.name) {
      case 'health':
        return andThen(store.clockOffsetMs(), (offset) => admin.health(wallMs, offset, adminDeps));
      case 'jobs':
        return andThen(clockNow(), (nowMs) => admin.jobs(nowMs, adminDeps));
      case 'clock':
        return andThen(store.clockOffsetMs(), (offset) => admin.clock(wallMs, offset));
      case 'reset':
        return admin.reset(adminDeps);
      default:
        return readOptionalJsonBody(request, options.maxBodyBytes).then((body) =>
          body instanceof ApiError ? body : admin.advanceClock(body, request.query, wallMs, adminDeps),
        );
    }
  }

  function unmatched(route: Exclude<Route, Matched>, request: MockRequest): MaybeAsync<StageAnswer> {
    if (route.kind === 'method-not-allowed') {
      return apiError('405 method-not-allowed', 'wrongMethod', { method: request.method, allow: route.allow }, { allow: route.allow });
    }
    if (route.area === 'admin') {
      return apiError('404 not-found', 'noAdminRoute', {
        route: `${request.method} ${request.path.slice(0, 200)}`,
        routes: adminRouteList().join(', '),
      });
    }
    const page = request.method === 'GET' || request.method === 'HEAD' ? deps.pages?.(request.path) : undefined;
    return page ?? apiError('404 not-found', 'noRoute', { method: request.method, path: request.path.slice(0, 200) });
  }

  function dispatch(route: Route, request: MockRequest): MaybeAsync<StageAnswer> {
    if (request.method === 'OPTIONS') return { status: 204, headers: { ...PREFLIGHT_HEADERS } };
    if (route.kind !== 'matched') return unmatched(route, request);
    if (route.entry.kind === 'api') return api(route, request);
    if (route.entry.kind === 'video')
      return andThen(clockNow(), (nowMs) =>
        serveVideo(route.params.request_id!, headerOf(request, 'range'), nowMs, { decodeJob, ttlMs, firstFrames, media: loadMedia }),
      );
    return adminRoute(route, request);
  }

  function unexpected(error: unknown): MockReply {
    options.log(JSON.stringify({ level: 'error', msg: 'unexpected error', error: String((error as Error)?.stack ?? error) }));
    return errorReply(apiError('500 internal', 'unexpected'));
  }

  function finish(answer: StageAnswer, operationId: OperationId | undefined): MockAnswer {
    return answer === RESET_CONNECTION ? answer : respond(answer, operationId, respondDeps);
  }

  /** Runs a pipeline to its answer; whatever throws on the way is the mock's own 500, never a crash. */
  function settle(run: () => MaybeAsync<StageAnswer>, operationId: OperationId | undefined): MaybeAsync<MockAnswer> {
    try {
      const answer = run();
      if (!(answer instanceof Promise)) return finish(answer, operationId);
      return answer.then((settled) => finish(settled, operationId)).catch((error: unknown) => finish(unexpected(error), undefined));
    } catch (error) {
      return finish(unexpected(error), undefined);
    }
  }

  function handle(request: MockRequest): MaybeAsync<MockAnswer> {
    const route = matchRoute(request.method, request.path);
    // Strict mode checks the API's answers; the mock's own routes are not in the spec.
    const operationId = route.kind === 'matched' && route.entry.kind === 'api' ? (route.name as OperationId) : undefined;
    return settle(() => dispatch(route, request), operationId);
  }

  const handleOperation = (decoded: DecodedOperation, call: DecodedCall) => settle(() => operation(decoded, call), decoded.operationId);

  const refuse = (error: ApiError) => respond(error, undefined, respondDeps);

  return { options, store, decodeJob, handle, handleOperation, refuse, reset: () => andThen(admin.reset(adminDeps), () => undefined) };
}
