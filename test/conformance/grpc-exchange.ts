// The gRPC host in the conformance suite: a mock with its gRPC host (startMockServer with
// grpcPort 0) on the suite's fake clock, a client built from the project's proto, and what
// the REST host's answer to the same step is over gRPC (`asGrpc`), as the live service
// carries it: a REST error is the gRPC status its code names, with the same message and
// Retry-After; a REST job body is the same job as a GetDeferredVideoResponse.
import { status } from '@grpc/grpc-js';
import type { ExtendVideoRequest } from '../../src/hosts/grpc/generated/xai_api/ExtendVideoRequest.js';
import type { GenerateVideoRequest } from '../../src/hosts/grpc/generated/xai_api/GenerateVideoRequest.js';
import type { GetDeferredVideoResponse } from '../../src/hosts/grpc/generated/xai_api/GetDeferredVideoResponse.js';
import type { VideoClient } from '../../src/hosts/grpc/generated/xai_api/Video.js';
import { type MockOptions, startMockServer } from '../../src/hosts/index.js';
import { deferredResponseAsSeen } from '../hosts/grpc/support/through-wire.js';
import { call, metadataOf, type Outcome, videoClient } from '../hosts/grpc/support/video-client.js';
import { type Observation, observe, WALL_MS } from './conformance-cases.js';

export interface GrpcObservation {
  /** The status code's name: `OK`, `INVALID_ARGUMENT`, ... */
  code: string;
  /** The answer, as a client decodes it (zero values filled in). */
  message?: unknown;
  details?: string;
  retryAfter?: string;
  /** Set when an answer lacks the core's x-request-id metadata. */
  xRequestId?: 'missing';
  /** Compare the code only, for this reason. */
  codeOnly?: string;
}

/** One REST step answered: over gRPC, or by the same mock's HTTP host (video files, admin routes). */
export type Step = [restIndex: number, answer: GrpcObservation | { http: Observation }];

export interface CallOptions {
  prefer?: string;
  /** The `authorization` metadata; null sends none. Default: the suite's bearer key. */
  authorization?: string | null;
}

export interface GrpcExchange {
  generate(request: GenerateVideoRequest, options?: CallOptions): Promise<GrpcObservation>;
  extend(request: ExtendVideoRequest, options?: CallOptions): Promise<GrpcObservation>;
  poll(requestId: string, options?: CallOptions): Promise<GrpcObservation>;
  /** A GenerateVideo that must succeed: its request_id. */
  create(prefer?: string, request?: GenerateVideoRequest): Promise<string>;
  /** The same mock's HTTP host, observed as the REST suite observes it. */
  http(path: string, init?: RequestInit): Promise<{ http: Observation }>;
  advance(ms: number): void;
  /** Where the HTTP host is reached: the base of `video.url`. */
  httpOrigin: string;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const AUTHORIZATION = 'Bearer conformance';

function normalise<T>(value: T, origin: string): T {
  return JSON.parse(JSON.stringify(value).replaceAll(origin, '<origin>').replace(UUID, '<id>')) as T;
}

function observation(outcome: Outcome<unknown>, origin: string): GrpcObservation {
  const metadata = outcome.ok ? outcome.metadata : outcome.error.metadata;
  const xRequestId = String(metadata.get('x-request-id')[0] ?? '');
  const observed: GrpcObservation = outcome.ok
    ? { code: 'OK', message: outcome.value }
    : { code: status[outcome.error.code], details: outcome.error.details };
  const retryAfter = metadata.get('retry-after')[0];
  if (retryAfter !== undefined) observed.retryAfter = String(retryAfter);
  if (!new RegExp(`^${UUID.source}$`).test(xRequestId)) observed.xRequestId = 'missing';
  return normalise(observed, origin);
}

const metadataFor = ({ prefer, authorization = AUTHORIZATION }: CallOptions = {}) =>
  metadataOf([
    ...(authorization === null ? [] : [['authorization', authorization] as [string, string]]),
    ...(prefer ? [['prefer', prefer] as [string, string]] : []),
  ]);

function exchangeOf(client: VideoClient, httpOrigin: string, advance: (ms: number) => void): GrpcExchange {
  const running = { baseUrl: httpOrigin, fetch: (url: string, init?: RequestInit) => fetch(url, init), close: async () => {} };
  const generate = async (request: GenerateVideoRequest, options?: CallOptions) =>
    observation(await call(client.GenerateVideo.bind(client), request, metadataFor(options)), httpOrigin);
  return {
    generate,
    extend: async (request, options) => observation(await call(client.ExtendVideo.bind(client), request, metadataFor(options)), httpOrigin),
    poll: async (requestId, options) =>
      observation(await call(client.GetDeferredVideo.bind(client), { request_id: requestId }, metadataFor(options)), httpOrigin),
    async create(prefer, request = { prompt: 'a cat', duration: 1 }) {
      const outcome = await call(client.GenerateVideo.bind(client), request, metadataFor({ prefer }));
      if (!outcome.ok) throw new Error(`create failed over gRPC: ${status[outcome.error.code]} ${outcome.error.details}`);
      return (outcome.value as { request_id: string }).request_id;
    },
    http: async (path, init) => ({ http: await observe(running, path, init) }),
    advance,
    httpOrigin,
  };
}

/** Runs `steps` against a fresh mock (HTTP and gRPC hosts on one core) with these options. */
export async function withGrpcMock<T>(options: MockOptions | undefined, steps: (x: GrpcExchange) => Promise<T>): Promise<T> {
  let wallMs = WALL_MS;
  const mock = await startMockServer({ port: 0, grpcPort: 0, quiet: true, strict: true, now: () => wallMs, ...options });
  const client = videoClient(mock.grpc!.target);
  try {
    const advance = (ms: number) => {
      wallMs += ms;
    };
    return await steps(exchangeOf(client, mock.url, advance));
  } finally {
    client.close();
    await mock.close();
  }
}

/** The status each REST error code is over gRPC: the live service's (google.rpc.Code names). */
const GRPC_CODE_OF: Readonly<Record<string, string>> = {
  'invalid-argument': 'INVALID_ARGUMENT',
  'imagine:content-moderated': 'INVALID_ARGUMENT',
  unauthenticated: 'UNAUTHENTICATED',
  'permission-denied': 'PERMISSION_DENIED',
  'not-found': 'NOT_FOUND',
  'resource-exhausted': 'RESOURCE_EXHAUSTED',
  'payload-too-large': 'RESOURCE_EXHAUSTED',
  internal: 'INTERNAL',
  unavailable: 'UNAVAILABLE',
  'deadline-exceeded': 'DEADLINE_EXCEEDED',
  overloaded: 'UNAVAILABLE',
};

type Json = Record<string, unknown>;

/** A REST job body (GET /v1/videos/{id}) as the same job in the proto's message. */
function jobMessage(httpStatus: number, body: Json): GetDeferredVideoResponse {
  const jobStatus = (body.status as string | undefined) ?? (httpStatus === 202 ? 'pending' : 'done');
  if (jobStatus === 'expired') return { status: 'EXPIRED' };
  if (jobStatus === 'pending')
    return body.progress === undefined ? { status: 'PENDING' } : { status: 'PENDING', response: { progress: body.progress as number } };
  const { progress = jobStatus === 'done' ? 100 : 0, model, video, usage, error } = body;
  const response = Object.fromEntries(Object.entries({ progress, model, video, usage, error }).filter(([, v]) => v !== undefined));
  return { status: jobStatus === 'done' ? 'DONE' : 'FAILED', response };
}

/** What the gRPC host must answer for a step the REST host answered with `rest`. */
export function asGrpc(rest: Observation): GrpcObservation {
  if (rest.status === 'network-error') {
    return { code: 'UNAVAILABLE', details: 'Connection reset (an injected fault of the mock).', xRequestId: 'missing' };
  }
  const body = (rest.body ?? {}) as Json;
  const retryAfter = rest.headers?.['retry-after'];
  if (rest.status >= 400) {
    return {
      code: GRPC_CODE_OF[body.code as string] ?? `no gRPC code for ${String(body.code)}`,
      details: body.error as string,
      ...(retryAfter && { retryAfter }),
    };
  }
  if ('request_id' in body) return { code: 'OK', message: { request_id: body.request_id } };
  return { code: 'OK', message: deferredResponseAsSeen(jobMessage(rest.status, body)) };
}
