// startMockServer's stop: no new connections, the HTTP requests and gRPC calls in flight
// answered (within the grace) or cut and counted, each host on its own count. The request
// or call is held in flight by an injected fault-latency sleep that the test releases: no
// wall-clock wait.
import { status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../../src/hosts/index.js';
import { JSON_HEADERS } from '../server/mock-kit.js';
import { call, metadataOf, videoClient } from './grpc/support/video-client.js';

/** A fault-latency sleep that holds every request until `release()`; `reached` says one is held. */
function gate() {
  let release!: () => void;
  let reached!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = new Promise<void>((resolve) => (reached = resolve));
  const sleep = () => {
    reached();
    return released;
  };
  return { sleep, held, release };
}

const create = (url: string) => fetch(`${url}/v1/videos/generations`, { method: 'POST', headers: JSON_HEADERS, body: '{"prompt":"a"}' });

describe('stop', () => {
  it('answers the request in flight, refuses new connections meanwhile, and reports nothing cut', async () => {
    const { sleep, held, release } = gate();
    const mock = await startMockServer({ port: 0, quiet: true, timing: 'instant', faults: { latencyMs: 1 }, sleep });
    const answer = create(mock.url);
    await held;
    expect(mock.inFlight()).toBe(1);
    const stopped = mock.stop({ graceMs: 60_000 });
    await expect(fetch(`${mock.url}/__mock/health`)).rejects.toThrow();
    release();
    const response = await answer;
    expect(response.status).toBe(200);
    expect(response.headers.get('connection')).toBe('close');
    expect(await stopped).toEqual({ cut: 0, grpcCut: 0 });
    expect(mock.inFlight()).toBe(0);
  });

  it('past the grace, cuts what is still in flight and counts it; close() after stop() waits for it', async () => {
    const { sleep, held } = gate();
    const mock = await startMockServer({ port: 0, quiet: true, timing: 'instant', faults: { latencyMs: 1 }, sleep });
    const answer = create(mock.url).catch((error: unknown) => error);
    await held;
    expect(await mock.stop({ graceMs: 0 })).toEqual({ cut: 1, grpcCut: 0 });
    await mock.close();
    expect(await answer).toBeInstanceOf(TypeError); // fetch failed: the connection was closed unanswered
  });
});

describe('stop with the gRPC host', () => {
  const AUTH = metadataOf([['authorization', 'Bearer k']]);
  const start = (sleep: () => Promise<void>) =>
    startMockServer({ port: 0, grpcPort: 0, quiet: true, timing: 'instant', faults: { latencyMs: 1 }, sleep });

  it('within the grace, the call in flight is answered, new connections are refused, nothing is cut', async () => {
    const { sleep, held, release } = gate();
    const mock = await start(sleep);
    const client = videoClient(mock.grpc!.target);
    const answer = call(client.GenerateVideo.bind(client), { prompt: 'a' }, AUTH);
    await held;
    const stopped = mock.stop({ graceMs: 60_000 });
    const late = videoClient(mock.grpc!.target);
    const refused = await call(late.GenerateVideo.bind(late), { prompt: 'b' }, AUTH);
    late.close();
    expect(!refused.ok && refused.error.code).toBe(status.UNAVAILABLE);
    release();
    expect(await answer).toMatchObject({ ok: true, value: { request_id: expect.any(String) } });
    expect(await stopped).toEqual({ cut: 0, grpcCut: 0 });
    client.close();
  });

  it('past the grace, the call still in flight is cancelled and counted apart from the HTTP requests', async () => {
    const { sleep, held, release } = gate();
    const mock = await start(sleep);
    const client = videoClient(mock.grpc!.target);
    const answer = call(client.GenerateVideo.bind(client), { prompt: 'a' }, AUTH);
    await held;
    expect(await mock.stop({ graceMs: 0 })).toEqual({ cut: 0, grpcCut: 1 });
    release(); // the handler answers a call that is gone: nothing more is sent
    const outcome = await answer;
    // grpc-js reports the stream cut by a session that is torn down as CANCELLED (or UNAVAILABLE, when the socket goes first).
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect([status.CANCELLED, status.UNAVAILABLE]).toContain(outcome.error.code);
    client.close();
  });
});
