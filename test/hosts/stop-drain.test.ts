// startMockServer's stop: no new connections, the requests in flight answered (within the
// grace) or cut and counted. The request is held in flight by an injected fault-latency
// sleep that the test releases: no wall-clock wait.
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../../src/hosts/index.js';
import { JSON_HEADERS } from '../server/mock-kit.js';

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
    expect(await stopped).toEqual({ cut: 0 });
    expect(mock.inFlight()).toBe(0);
  });

  it('past the grace, cuts what is still in flight and counts it; close() after stop() waits for it', async () => {
    const { sleep, held } = gate();
    const mock = await startMockServer({ port: 0, quiet: true, timing: 'instant', faults: { latencyMs: 1 }, sleep });
    const answer = create(mock.url).catch((error: unknown) => error);
    await held;
    expect(await mock.stop({ graceMs: 0 })).toEqual({ cut: 1 });
    await mock.close();
    expect(await answer).toBeInstanceOf(TypeError); // fetch failed: the connection was closed unanswered
  });
});
