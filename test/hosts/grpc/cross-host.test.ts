// One mock, two wire formats: startMockServer({ grpcPort }) serves the same core over HTTP
// and over gRPC. A job created on one host is polled on the other with the same answer,
// its video.url is one playable MP4 served by the HTTP host, and everything per process
// (poll counts, the clock, rate limits, the recent jobs) is shared. A second mock with the
// same secret knows the job too, whichever host created it.
import { status } from '@grpc/grpc-js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GenerateVideoRequest } from '../../../src/hosts/grpc/generated/xai_api/GenerateVideoRequest.js';
import type { GetDeferredVideoResponse__Output } from '../../../src/hosts/grpc/generated/xai_api/GetDeferredVideoResponse.js';
import type { StartDeferredResponse__Output } from '../../../src/hosts/grpc/generated/xai_api/StartDeferredResponse.js';
import type { VideoClient } from '../../../src/hosts/grpc/generated/xai_api/Video.js';
import { type MockOptions, type RunningMockServer, startMockServer } from '../../../src/hosts/index.js';
import { createJob, poll as restPoll, post } from '../../server/mock-kit.js';
import { call, metadataOf, videoClient } from './support/video-client.js';

const KEY = 'Bearer test-key';
const START_MS = Date.UTC(2026, 5, 1);

interface Mock {
  server: RunningMockServer;
  client: VideoClient;
  advanceWallClock(ms: number): void;
}

const started: Mock[] = [];

async function mock(options: MockOptions = {}): Promise<Mock> {
  let wallMs = START_MS;
  const server = await startMockServer({ port: 0, grpcPort: 0, quiet: true, strict: true, now: () => wallMs, ...options });
  const advanceWallClock = (ms: number) => {
    wallMs += ms;
  };
  const entry = { server, client: videoClient(server.grpc!.target), advanceWallClock };
  started.push(entry);
  return entry;
}

afterAll(async () => {
  for (const { server, client } of started.splice(0)) {
    client.close();
    await server.close();
  }
});

const generate = (m: Mock, request: GenerateVideoRequest, prefer?: string) =>
  call<GenerateVideoRequest, StartDeferredResponse__Output>(
    m.client.GenerateVideo.bind(m.client),
    request,
    metadataOf([['authorization', KEY], ...(prefer ? [['prefer', prefer] as [string, string]] : [])]),
  );

async function grpcCreate(m: Mock, request: GenerateVideoRequest, prefer?: string): Promise<string> {
  const outcome = await generate(m, request, prefer);
  if (!outcome.ok) throw new Error(`GenerateVideo failed: ${outcome.error.details}`);
  return outcome.value.request_id!;
}

async function grpcPoll(m: Mock, requestId: string): Promise<GetDeferredVideoResponse__Output> {
  const outcome = await call<{ request_id: string }, GetDeferredVideoResponse__Output>(
    m.client.GetDeferredVideo.bind(m.client),
    { request_id: requestId },
    metadataOf([['authorization', KEY]]),
  );
  if (!outcome.ok) throw new Error(`GetDeferredVideo failed: ${status[outcome.error.code]} ${outcome.error.details}`);
  return outcome.value;
}

/** The REST done body's fields, as the gRPC answer carries them. */
function sameJob(rest: any, grpc: GetDeferredVideoResponse__Output) {
  expect(grpc.status).toBe(rest.status.toUpperCase());
  expect(grpc.response).toMatchObject({
    progress: rest.progress,
    model: rest.model,
    video: rest.video,
    usage: { cost_in_usd_ticks: rest.usage.cost_in_usd_ticks },
  });
}

async function expectPlayableMp4(url: string): Promise<void> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('video/mp4');
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(new TextDecoder().decode(bytes.subarray(4, 8))).toBe('ftyp'); // ISO BMFF starts with its ftyp box
}

describe('one core behind both hosts', () => {
  let m: Mock;
  beforeAll(async () => {
    m = await mock();
  });
  afterEach(async () => {
    await post(m.server.url, '/__mock/reset', {});
  });

  it('a job created over gRPC is polled over REST with the same answer, and its video.url plays', async () => {
    const id = await grpcCreate(m, { prompt: 'a paper boat', duration: 4, resolution: 'VIDEO_RESOLUTION_720P' }, 'timing=instant');
    const rest = await restPoll(m.server.url, id);
    expect(rest.status).toBe(200);
    expect(rest.body.video.url).toBe(`${m.server.url}/__mock/videos/xai-video-${id}.mp4`);
    sameJob(rest.body, await grpcPoll(m, id));
    await expectPlayableMp4(rest.body.video.url);
  });

  it('a job created over REST is polled over gRPC with the same answer (an extension of it too)', async () => {
    const id = await createJob(m.server.url, { prompt: 'a', duration: 3 }, 'timing=instant');
    const rest = await restPoll(m.server.url, id);
    const grpc = await grpcPoll(m, id);
    sameJob(rest.body, grpc);
    const extended = await call(
      m.client.ExtendVideo.bind(m.client),
      { prompt: 'and then', video: { url: grpc.response!.video!.url }, duration: 2 },
      metadataOf([
        ['authorization', KEY],
        ['prefer', 'timing=instant'],
      ]),
    );
    if (!extended.ok) throw new Error(extended.error.details);
    const extension = await restPoll(m.server.url, (extended.value as StartDeferredResponse__Output).request_id!);
    expect(extension.body.video.duration).toBe(5); // the source's 3 s, measured from its id, plus 2
  });

  it('counts polls=N across hosts: REST, gRPC, REST, and the third poll is done', async () => {
    const id = await grpcCreate(m, { prompt: 'a' }, 'polls=3');
    expect((await restPoll(m.server.url, id)).status).toBe(202);
    expect((await grpcPoll(m, id)).status).toBe('PENDING');
    expect((await restPoll(m.server.url, id)).body.status).toBe('done');
  });

  it('moves gRPC jobs with the mock’s clock (admin route or mock.clock), and lists them in /__mock/jobs', async () => {
    const id = await grpcCreate(m, { prompt: 'a', duration: 2 });
    expect((await grpcPoll(m, id)).status).toBe('PENDING');
    await post(m.server.url, '/__mock/clock/advance', { seconds: 600 });
    expect((await grpcPoll(m, id)).status).toBe('DONE');
    m.server.clock.advance(2 * 86_400_000);
    expect((await grpcPoll(m, id)).status).toBe('EXPIRED');
    const jobs = await (await fetch(`${m.server.url}/__mock/jobs`)).json();
    expect(jobs.jobs.map((job: { request_id: string }) => job.request_id)).toContain(id);
  });
});

describe('rate limits are per key and model, whichever host the create comes through', () => {
  it('a REST create, then a gRPC create in the same second: RESOURCE_EXHAUSTED with the REST message and Retry-After', async () => {
    const m = await mock({ rateLimit: true });
    expect((await post(m.server.url, '/v1/videos/generations', { prompt: 'a' })).status).toBe(200);
    const limited = await generate(m, { prompt: 'b' });
    expect(limited.ok).toBe(false);
    if (limited.ok) return;
    const rest = await post(m.server.url, '/v1/videos/generations', { prompt: 'c' });
    expect([limited.error.code, limited.error.details]).toEqual([status.RESOURCE_EXHAUSTED, rest.body.error]);
    expect(limited.error.metadata.get('retry-after')).toEqual([rest.headers.get('retry-after')]);
    m.advanceWallClock(1000);
    expect((await generate(m, { prompt: 'd' })).ok).toBe(true);
  });
});

describe('two mocks with the same secret (as two processes behind one load balancer)', () => {
  it('know a job created over gRPC on the first when polled over REST on the second; another secret does not', async () => {
    const [a, b, other] = await Promise.all([mock({ secret: 'shared' }), mock({ secret: 'shared' }), mock({ secret: 'other' })]);
    const id = await grpcCreate(a, { prompt: 'a', duration: 2 }, 'timing=instant');
    const fromA = await grpcPoll(a, id);
    const fromB = await restPoll(b.server.url, id);
    expect(fromB.status).toBe(200);
    // Each mock builds video.url on its own HTTP host; both serve the same file.
    expect(fromB.body.video.url).toBe(fromA.response?.video?.url?.replace(a.server.url, b.server.url));
    sameJob(fromB.body, { ...fromA, response: { ...fromA.response!, video: { ...fromA.response!.video!, url: fromB.body.video.url } } });
    await expectPlayableMp4(fromB.body.video.url);
    expect((await restPoll(other.server.url, id)).status).toBe(404);
    const unknown = await call(other.client.GetDeferredVideo.bind(other.client), { request_id: id }, metadataOf([['authorization', KEY]]));
    expect(!unknown.ok && unknown.error.code).toBe(status.NOT_FOUND);
  });
});

describe('publicUrl', () => {
  it('is the base of video.url over gRPC as over REST', async () => {
    const m = await mock({ publicUrl: 'https://mock.example.test/base/' });
    const id = await grpcCreate(m, { prompt: 'a' }, 'timing=instant');
    const expected = `https://mock.example.test/base/__mock/videos/xai-video-${id}.mp4`;
    expect((await grpcPoll(m, id)).response?.video?.url).toBe(expected);
    expect((await restPoll(m.server.url, id)).body.video.url).toBe(expected);
  });
});
