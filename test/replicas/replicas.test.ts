// Three mock replicas behind nginx round-robin, sharing one redis-server (issue 12): the
// per-process state is now shared. Poll counts add up across replicas, a clock advance
// moves every replica, the rate limit is global, and the recent jobs show every job,
// whichever replica (or host: REST or gRPC) created it. With Redis killed, every replica
// still answers from the id, says degraded, never answers 500, and comes back with Redis.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findSystemTool } from '../support/system-tool.js';
import { call, metadataOf, videoClient } from '../hosts/grpc/support/video-client.js';
import { create, eventually, occurrences, type ReplicaSet, send, startReplicaSet } from './replica-set.js';

const redisServer = findSystemTool('redis-server', 'REDIS_SERVER_PATH', 'redis-server');
const nginx = findSystemTool('nginx', 'NGINX_PATH', 'nginx');
const DEGRADED = 'shared store unreachable';
const RECOVERED = 'shared store reachable again';

describe.skipIf(!redisServer.path || !nginx.path)('mock replicas behind nginx, sharing Redis', () => {
  let set: ReplicaSet;
  let lb: string;
  let direct: string[];
  beforeAll(async () => {
    // One create per 1000 s per key and model: a second create with the same key is always too soon.
    set = await startReplicaSet({ redisServer: redisServer.path!, nginx: nginx.path! }, ['--rate-limit', '0.001']);
    lb = set.nginx.url;
    direct = set.replicas.map((replica) => replica.url);
  }, 60_000);
  afterAll(async () => {
    await set?.close();
  });
  beforeEach(async () => {
    expect((await send(lb, '/__mock/reset', { method: 'POST' })).status).toBe(200);
  });

  it('counts the polls of a polls=3 job across replicas: done on the third poll, whichever replica takes it', async () => {
    const job = await create(lb, 'polls-key', 'polls=3');
    const polls = [];
    for (let i = 0; i < 3; i++) polls.push(await send(lb, `/v1/videos/${job.id}`, { key: 'polls-key' }));
    expect(polls.map((answer) => answer.body.status)).toEqual(['pending', 'pending', 'done']);
    expect(new Set(polls.map((answer) => answer.upstream)).size).toBe(3);
  });

  it('a clock advance through the balancer moves every replica', async () => {
    const job = await create(lb, 'clock-key');
    expect((await send(direct[0]!, `/v1/videos/${job.id}`, { key: 'clock-key' })).body.status).toBe('pending');
    expect((await send(lb, '/__mock/clock/advance', { body: { seconds: 3600 } })).body.offset_ms).toBe(3_600_000);
    for (const replica of direct) {
      expect((await send(replica, '/__mock/clock')).body.offset_ms).toBe(3_600_000);
      expect((await send(replica, `/v1/videos/${job.id}`, { key: 'clock-key' })).body.status).toBe('done');
    }
  });

  it('the rate limit is global: one create per key and model, across every replica', async () => {
    const first = await create(lb, 'limited-key');
    const next = [await send(lb, '/v1/videos/generations', { key: 'limited-key', body: { prompt: 'b' } })];
    next.push(await send(lb, '/v1/videos/generations', { key: 'limited-key', body: { prompt: 'c' } }));
    expect(next.map((answer) => answer.status)).toEqual([429, 429]);
    expect(new Set([first.upstream, ...next.map((answer) => answer.upstream)]).size).toBe(3);
    expect((await create(lb, 'another-key')).status).toBe(200);
  });

  it('the recent jobs on every replica list the jobs every replica created, and a job created over gRPC', async () => {
    const jobs = [await create(lb, 'jobs-1'), await create(lb, 'jobs-2'), await create(lb, 'jobs-3')];
    expect(new Set(jobs.map((job) => job.upstream)).size).toBe(3);
    const client = videoClient(set.replicas[0]!.grpcTarget!);
    const overGrpc = await call(
      client.GenerateVideo.bind(client),
      { prompt: 'a', duration: 1 },
      metadataOf([['authorization', 'Bearer grpc-key']]),
    );
    client.close();
    if (!overGrpc.ok) throw new Error(overGrpc.error.details);
    const grpcId = (overGrpc.value as { request_id: string }).request_id;
    for (const replica of direct) {
      const listed = (await send(replica, '/__mock/jobs')).body.jobs.map((job: { request_id: string }) => job.request_id);
      expect(listed).toEqual([grpcId, ...jobs.map((job) => job.id).reverse()]);
    }
  });

  it('with Redis killed: every replica answers from the id, says degraded, never a 500; and recovers with Redis', async () => {
    const timed = await create(lb, 'outage-1');
    const counted = await create(lb, 'outage-2', 'polls=2');
    await set.redis.kill();

    const answers = [];
    for (const [path, init] of [
      [`/v1/videos/${timed.id}`, { key: 'outage-1' }],
      [`/v1/videos/${counted.id}`, { key: 'outage-2' }],
      ['/v1/videos/generations', { key: 'outage-3', body: { prompt: 'during the outage' } }],
      ['/__mock/jobs', {}],
      ['/__mock/clock/advance', { body: { seconds: 1 } }],
      ['/__mock/clock', {}],
      ['/__mock/reset', { method: 'POST' }],
      ['/v1/videos/generations', { key: 'outage-3', body: { prompt: 'again, too soon on one replica' } }],
    ] as const) {
      answers.push(await send(lb, path, init));
    }
    expect(answers.map((answer) => answer.status).filter((status) => status >= 500)).toEqual([]);
    expect(answers[0]!.body).toMatchObject({ status: 'pending', progress: expect.any(Number) });
    expect(answers[1]!.body).toMatchObject({ status: 'pending' });
    for (const replica of direct) {
      const health = await send(replica, '/__mock/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'degraded', store: { kind: 'redis', status: 'degraded', prefix: 'xai-video-mock:' } });
      expect((await send(replica, `/v1/videos/${timed.id}`, { key: 'outage-1' })).body.status).toBe('pending');
    }
    for (const replica of set.replicas) expect(occurrences(replica.output(), DEGRADED)).toBe(1);

    await set.redis.start();
    for (const replica of direct) {
      await eventually(async () => (await send(replica, '/__mock/health')).body.store.status === 'ok', `${replica} back on Redis`);
    }
    for (const replica of set.replicas) expect(occurrences(replica.output(), RECOVERED)).toBe(1);
    // Shared again: a polls=2 job is done on its second poll, on another replica.
    const after = await create(lb, 'after-1', 'polls=2');
    const polls = [
      await send(lb, `/v1/videos/${after.id}`, { key: 'after-1' }),
      await send(lb, `/v1/videos/${after.id}`, { key: 'after-1' }),
    ];
    expect(polls.map((answer) => answer.body.status)).toEqual(['pending', 'done']);
    expect(polls[0]!.upstream).not.toBe(polls[1]!.upstream);
  });
});
