// The gRPC host end to end over a loopback socket: a client built from the project's
// proto calls xai_api.Video on startGrpcServer, in front of a TEST FAKE of the core
// (support/fake-video-core.ts). What is checked is the host's own job: what reaches the
// core, and how the core's REST answers reach the client.
import { status } from '@grpc/grpc-js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GrpcCallRecord, type RunningGrpcServer, startGrpcServer } from '../../../src/hosts/grpc/index.js';
import { PortInUseError } from '../../../src/hosts/index.js';
import { RESET_CONNECTION } from '../../../src/server/index.js';
import type { ExtendVideoRequest } from '../../../src/hosts/grpc/generated/xai_api/ExtendVideoRequest.js';
import type { GenerateVideoRequest } from '../../../src/hosts/grpc/generated/xai_api/GenerateVideoRequest.js';
import type { GetDeferredVideoRequest } from '../../../src/hosts/grpc/generated/xai_api/GetDeferredVideoRequest.js';
import type { GetDeferredVideoResponse__Output } from '../../../src/hosts/grpc/generated/xai_api/GetDeferredVideoResponse.js';
import type { StartDeferredResponse__Output } from '../../../src/hosts/grpc/generated/xai_api/StartDeferredResponse.js';
import type { VideoClient } from '../../../src/hosts/grpc/generated/xai_api/Video.js';
import { createFakeVideoCore, type FakeVideoCore } from './support/fake-video-core.js';
import { call, metadataOf, videoClient } from './support/video-client.js';

const AUTH: [string, string] = ['authorization', 'Bearer test-key'];

let core: FakeVideoCore;
let server: RunningGrpcServer;
let client: VideoClient;
const records: GrpcCallRecord[] = [];

beforeAll(async () => {
  core = createFakeVideoCore();
  server = await startGrpcServer({
    core: { create: (...a) => core.create(...a), poll: (...a) => core.poll(...a) },
    port: 0,
    onCall: (r) => records.push(r),
  });
  client = videoClient(server.target);
});

afterAll(async () => {
  client.close();
  await server.close();
});

beforeEach(() => {
  core = createFakeVideoCore();
  records.length = 0;
});

const generate = (request: GenerateVideoRequest, metadata = metadataOf([AUTH])) =>
  call<GenerateVideoRequest, StartDeferredResponse__Output>(client.GenerateVideo.bind(client), request, metadata);
const extend = (request: ExtendVideoRequest, metadata = metadataOf([AUTH])) =>
  call<ExtendVideoRequest, StartDeferredResponse__Output>(client.ExtendVideo.bind(client), request, metadata);
const poll = (requestId: string, metadata = metadataOf([AUTH])) =>
  call<GetDeferredVideoRequest, GetDeferredVideoResponse__Output>(
    client.GetDeferredVideo.bind(client),
    { request_id: requestId },
    metadata,
  );

describe('startGrpcServer', () => {
  it('listens on a free port with port 0 and reports the target to dial', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.target).toBe(`127.0.0.1:${server.port}`);
  });

  it('GenerateVideo: the REST generation body and the call metadata reach the core; the request_id comes back', async () => {
    const outcome = await generate(
      {
        prompt: 'a paper boat',
        model: 'grok-imagine-video',
        duration: 4,
        aspect_ratio: 'VIDEO_ASPECT_RATIO_9_16',
        resolution: 'VIDEO_RESOLUTION_720P',
      },
      metadataOf([AUTH, ['prefer', 'outcome=failed'], ['prefer', 'timing=instant'], ['xai-sdk-version', 'python/1.19.0']]),
    );
    expect(outcome).toMatchObject({ ok: true, value: { request_id: 'fake-1' } });
    expect(core.creates).toEqual([
      {
        operationId: 'generateVideo',
        body: { prompt: 'a paper boat', model: 'grok-imagine-video', duration: 4, aspect_ratio: '9:16', resolution: '720p' },
        call: { authorization: 'Bearer test-key', prefer: 'outcome=failed, timing=instant' },
      },
    ]);
  });

  it('GenerateVideo with a video is an edit; ExtendVideo is an extension', async () => {
    await generate({ prompt: 'make it snow', video: { url: 'https://example.com/in.mp4' } });
    await extend({ prompt: 'and then', video: { file_id: 'file_1' }, duration: 3 });
    expect(core.creates.map((c) => [c.operationId, c.body])).toEqual([
      ['editVideo', { prompt: 'make it snow', video: { url: 'https://example.com/in.mp4' } }],
      ['extendVideo', { prompt: 'and then', video: { file_id: 'file_1' }, duration: 3 }],
    ]);
  });

  it('a call without metadata reaches the core without authorization, and the core’s 401 is UNAUTHENTICATED', async () => {
    core.createReplies.push({ status: 401, json: { code: 'unauthenticated', error: 'Missing or malformed Authorization header.' } });
    const outcome = await generate({ prompt: 'x' }, metadataOf([]));
    expect(core.creates[0]?.call).toEqual({});
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe(status.UNAUTHENTICATED);
      expect(outcome.error.details).toBe('Missing or malformed Authorization header.');
    }
  });

  it('a rate-limited create is RESOURCE_EXHAUSTED with the REST message and retry-after as metadata', async () => {
    core.createReplies.push({
      status: 429,
      json: { code: 'resource-exhausted', error: 'Rate limit exceeded: 1 request(s) per second per model.' },
      headers: { 'retry-after': '1', 'x-request-id': 'req-9' },
    });
    const outcome = await generate({ prompt: 'x' });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect([outcome.error.code, outcome.error.details]).toEqual([
        status.RESOURCE_EXHAUSTED,
        'Rate limit exceeded: 1 request(s) per second per model.',
      ]);
      expect(outcome.error.metadata.get('retry-after')).toEqual(['1']);
      expect(outcome.error.metadata.get('x-request-id')).toEqual(['req-9']);
    }
  });

  it('GetDeferredVideo: pending with progress, then done with the video, model and cost', async () => {
    core.pollReplies.push(
      { status: 202, json: { status: 'pending', progress: 37 }, headers: { 'x-request-id': 'req-1' } },
      {
        status: 200,
        json: {
          status: 'done',
          progress: 100,
          model: 'grok-imagine-video',
          video: { url: 'http://127.0.0.1:4010/__mock/videos/xai-video-j.mp4', duration: 4, respect_moderation: true },
          usage: { cost_in_usd_ticks: 2_000_000_000 },
        },
      },
    );
    const pending = await poll('job-1');
    expect(pending).toMatchObject({ ok: true, value: { status: 'PENDING', response: { progress: 37 } } });
    if (pending.ok) expect(pending.metadata.get('x-request-id')).toEqual(['req-1']);
    const done = await poll('job-1');
    expect(done).toMatchObject({
      ok: true,
      value: {
        status: 'DONE',
        response: {
          model: 'grok-imagine-video',
          progress: 100,
          video: { url: 'http://127.0.0.1:4010/__mock/videos/xai-video-j.mp4', duration: 4, respect_moderation: true },
          usage: { cost_in_usd_ticks: 2_000_000_000 },
        },
      },
    });
    expect(core.polls.map((p) => [p.requestId, p.call.authorization])).toEqual([
      ['job-1', 'Bearer test-key'],
      ['job-1', 'Bearer test-key'],
    ]);
  });

  it('GetDeferredVideo: a failed job is FAILED with its error; expired is EXPIRED; an unknown id is NOT_FOUND', async () => {
    core.pollReplies.push({ status: 200, json: { status: 'failed', error: { code: 'internal_error', message: 'please retry' } } });
    expect(await poll('a')).toMatchObject({
      ok: true,
      value: { status: 'FAILED', response: { error: { code: 'internal_error', message: 'please retry' } } },
    });
    core.pollReplies = [{ status: 200, json: { status: 'expired' } }];
    const expired = await poll('b');
    expect(expired).toMatchObject({ ok: true, value: { status: 'EXPIRED' } });
    if (expired.ok) expect(expired.value.response).toBeUndefined();
    core.pollReplies = [];
    const unknown = await poll('nope');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect([unknown.error.code, unknown.error.details]).toEqual([status.NOT_FOUND, 'No video request with id nope.']);
  });

  it('moderation reported as a 400 on the poll is INVALID_ARGUMENT with the moderation message', async () => {
    core.pollReplies.push({
      status: 400,
      json: { code: 'imagine:content-moderated', error: 'The generated video was rejected by content moderation.' },
    });
    const outcome = await poll('m');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok)
      expect([outcome.error.code, outcome.error.details]).toEqual([
        status.INVALID_ARGUMENT,
        'The generated video was rejected by content moderation.',
      ]);
  });

  it('an injected connection reset ends that call UNAVAILABLE (what a dropped connection is), the channel stays usable', async () => {
    core.createReplies.push(RESET_CONNECTION);
    core.pollReplies.push(RESET_CONNECTION);
    const reset = await generate({ prompt: 'x' });
    expect(!reset.ok && [reset.error.code, reset.error.details]).toEqual([
      status.UNAVAILABLE,
      'Connection reset (an injected fault of the mock).',
    ]);
    const resetPoll = await poll('fake-1');
    expect(!resetPoll.ok && resetPoll.error.code).toBe(status.UNAVAILABLE);
    expect(await generate({ prompt: 'y' })).toMatchObject({ ok: true, value: { request_id: 'fake-2' } });
  });

  it('a core that throws gives that call INTERNAL, records why, and the server keeps serving', async () => {
    core.failWith = new Error('boom');
    const failed = await generate({ prompt: 'x' });
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect([failed.error.code, failed.error.details]).toEqual([status.INTERNAL, 'Internal server error.']);
    expect(records.at(-1)).toMatchObject({ method: 'GenerateVideo', code: status.INTERNAL, failure: core.failWith });
    core.failWith = undefined;
    expect(await generate({ prompt: 'y' })).toMatchObject({ ok: true, value: { request_id: 'fake-1' } });
  });

  it('a poll answer that is not a job status is INTERNAL, not a made-up status', async () => {
    core.pollReplies.push({ status: 200, json: { status: 'processing' } });
    const outcome = await poll('odd');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.code).toBe(status.INTERNAL);
  });

  it('logs one record per call with the method, the gRPC code and the request_id, never the key', async () => {
    await generate({ prompt: 'x' });
    core.pollReplies.push({ status: 202, json: { status: 'pending', progress: 1 } });
    await poll('fake-1');
    core.pollReplies = [
      { status: 404, json: { code: 'not-found', error: 'No video request with id x.' }, headers: { 'x-request-id': 'req-404' } },
    ];
    await poll('x');
    expect(records.map(({ method, code, requestId, xRequestId }) => ({ method, code, requestId, xRequestId }))).toEqual([
      { method: 'GenerateVideo', code: status.OK, requestId: 'fake-1', xRequestId: undefined },
      { method: 'GetDeferredVideo', code: status.OK, requestId: 'fake-1', xRequestId: undefined },
      { method: 'GetDeferredVideo', code: status.NOT_FOUND, requestId: 'x', xRequestId: 'req-404' },
    ]);
    expect(JSON.stringify(records)).not.toContain('test-key');
  });
});

describe('startGrpcServer limits and lifecycle', () => {
  it('refuses a request over maxMessageBytes with RESOURCE_EXHAUSTED before the core sees it', async () => {
    const small = createFakeVideoCore();
    const limited = await startGrpcServer({ core: small, port: 0, maxMessageBytes: 1024 });
    const limitedClient = videoClient(limited.target);
    try {
      const outcome = await call(limitedClient.GenerateVideo.bind(limitedClient), { prompt: 'x'.repeat(4096) }, metadataOf([AUTH]));
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error.code).toBe(status.RESOURCE_EXHAUSTED);
      expect(small.creates).toEqual([]);
    } finally {
      limitedClient.close();
      await limited.close();
    }
  });

  it('accepts a 20 MiB message by default (the Python SDK’s send limit), for data-URI videos', async () => {
    const big = createFakeVideoCore();
    const running = await startGrpcServer({ core: big, port: 0 });
    const bigClient = videoClient(running.target);
    try {
      const url = `data:video/mp4;base64,${'A'.repeat(20 * 1024 * 1024 - 64)}`;
      const outcome = await call(bigClient.GenerateVideo.bind(bigClient), { prompt: 'edit', video: { url } }, metadataOf([AUTH]));
      expect(outcome.ok).toBe(true);
      expect((big.creates[0]?.body.video as { url?: string } | undefined)?.url?.length).toBe(url.length);
    } finally {
      bigClient.close();
      await running.close();
    }
  });

  it('close() frees the port: a new server can bind it', async () => {
    const first = await startGrpcServer({ core: createFakeVideoCore(), port: 0 });
    await first.close();
    const second = await startGrpcServer({ core: createFakeVideoCore(), port: first.port });
    expect(second.port).toBe(first.port);
    await second.close();
  });

  it('a taken port is a PortInUseError for the gRPC port, with code EADDRINUSE and Node’s error as its cause', async () => {
    const error = await startGrpcServer({ core: createFakeVideoCore(), port: server.port }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortInUseError);
    expect(error).toMatchObject({
      code: 'EADDRINUSE',
      option: 'grpcPort',
      host: '127.0.0.1',
      port: server.port,
      cause: { code: 'EADDRINUSE' },
    });
  });

  it('another failure to listen names the address and keeps Node’s error as its cause', async () => {
    // 192.0.2.1 (TEST-NET-1, RFC 5737) is on no interface here: the bind fails locally, nothing is sent.
    const error = await startGrpcServer({ core: createFakeVideoCore(), host: '192.0.2.1', port: 0 }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(PortInUseError);
    expect((error as Error).message).toMatch(/^gRPC host: cannot listen on 192\.0\.2\.1:0: listen EADDRNOTAVAIL/);
    expect(error).toMatchObject({ cause: { code: 'EADDRNOTAVAIL' } });
  });
});
