// What only the Node host does, over real sockets: keep-alive, dropped connections, body
// limits while the body streams in, and the access log.
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortInUseError, type RunningMockServer, startMockServer } from '../../src/hosts/index.js';
import { AUTH, call, createJob, JSON_HEADERS, poll, post } from '../server/mock-kit.js';

const GEN = '/v1/videos/generations';
let mock: RunningMockServer;

beforeAll(async () => {
  mock = await startMockServer({ port: 0, quiet: true, strict: true, maxBodyBytes: 512 * 1024, timing: 'instant' });
});
afterAll(() => mock?.close());

interface Exchange {
  status: number;
  socket: unknown;
  body: string;
}

/** One request with node:http, so a test can see which socket answered. */
function exchange(
  path: string,
  options: { method?: string; headers?: Record<string, string>; agent?: Agent; chunks?: string[] } = {},
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${mock.url}${path}`,
      { method: options.method ?? 'GET', headers: options.headers, agent: options.agent },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket, body }));
      },
    );
    req.on('error', reject);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

describe('the Node host over sockets', () => {
  it('keeps a connection alive across polls and after a refused body', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const id = await createJob(mock.url);
      const first = await exchange(`/v1/videos/${id}`, { headers: AUTH, agent });
      const second = await exchange(`/v1/videos/${id}`, { headers: AUTH, agent });
      // 401 before the body is read: the unread body is drained, the socket goes on.
      const refused = await exchange(GEN, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        agent,
        chunks: ['{"prompt":"a"}'],
      });
      const third = await exchange(`/v1/videos/${id}`, { headers: AUTH, agent });
      expect([first.status, second.status, refused.status, third.status]).toEqual([200, 200, 401, 200]);
      expect(second.socket).toBe(first.socket);
      expect(third.socket).toBe(first.socket);
    } finally {
      agent.destroy();
    }
  });

  it('an oversized body → 413 with or without a declared length, and the server keeps answering', async () => {
    const huge = JSON.stringify({ prompt: 'x'.repeat(1024 * 1024) });
    expect((await call(`${mock.url}${GEN}`, { method: 'POST', headers: JSON_HEADERS, body: huge })).status).toBe(413);
    const chunked = await exchange(GEN, {
      method: 'POST',
      headers: { ...JSON_HEADERS, 'transfer-encoding': 'chunked' },
      chunks: Array.from({ length: 100 }, () => `"${'y'.repeat(10 * 1024)}"`),
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toMatchObject({ code: 'payload-too-large' });
    expect((await post(mock.url, GEN, { prompt: 'a cat' })).status).toBe(200);
  });

  it('a connection-reset fault drops the socket without an answer', async () => {
    const resetting = await startMockServer({ port: 0, quiet: true, faults: { resetRate: 1 } });
    try {
      await expect(fetch(`${resetting.url}/v1/videos/d97415a1-5796-b7ec-379f-4e6819e08fdf`, { headers: AUTH })).rejects.toThrow();
    } finally {
      await resetting.close();
    }
  });

  it('answers 64 connections at once, each request its own answer, when busy turns write their answers together', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 64 });
    const requestIds = new Set<string>();
    const json = (r: Exchange) => JSON.parse(r.body) as Record<string, unknown>;
    try {
      const client = async (n: number) => {
        for (let round = 0; round < 10; round++) {
          const prompt = `client ${n} round ${round}`;
          const body = JSON.stringify({ prompt });
          const created = await exchange(GEN, { method: 'POST', headers: JSON_HEADERS, agent, chunks: [body] });
          expect(created.status).toBe(200);
          const id = json(created).request_id as string;
          requestIds.add(id);
          const polled = await exchange(`/v1/videos/${id}`, { headers: AUTH, agent });
          expect(polled.status).toBe(200);
          expect((json(polled).video as { url: string }).url).toContain(id);
        }
      };
      await Promise.all(Array.from({ length: 64 }, (_, n) => client(n)));
      expect(requestIds.size).toBe(640);
    } finally {
      agent.destroy();
    }
  });

  it('answers HEAD with the length and no body', async () => {
    const id = await createJob(mock.url);
    const video = (await poll(mock.url, id)).body.video.url as string;
    const head = await exchange(new URL(video).pathname, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('a busy port', () => {
  it('rejects with a PortInUseError naming the address, with code EADDRINUSE and the cause', async () => {
    const error = await startMockServer({ port: mock.port, host: '127.0.0.1', quiet: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortInUseError);
    expect(error).toMatchObject({ code: 'EADDRINUSE', host: '127.0.0.1', port: mock.port, cause: { code: 'EADDRINUSE' } });
    expect((error as Error).message).toBe(
      `127.0.0.1:${mock.port} is already in use: start the mock on another port, or on port 0 for any free one`,
    );
  });
});

describe('access log', () => {
  it('writes one JSON line per request with method, path, status, request_id and duration', async () => {
    const lines: string[] = [];
    const server = await startMockServer({ port: 0, log: (line) => lines.push(line), timing: 'instant' });
    let id = '';
    try {
      id = await createJob(server.url);
      await poll(server.url, id);
      await call(`${server.url}/nope`);
    } finally {
      await server.close();
    }
    const entries = lines.map((line) => JSON.parse(line));
    expect(entries).toHaveLength(3);
    expect(entries[0]).toMatchObject({
      method: 'POST',
      path: GEN,
      status: 200,
      request_id: id,
      duration_ms: expect.any(Number),
    });
    expect(entries[1]).toMatchObject({ method: 'GET', status: 200, request_id: entries[0].request_id });
    expect(entries[2]).toMatchObject({ method: 'GET', path: '/nope', status: 404 });
  });

  it('is silent with quiet', async () => {
    const lines: string[] = [];
    const server = await startMockServer({ port: 0, log: (line) => lines.push(line), quiet: true });
    await call(`${server.url}/__mock/health`);
    await server.close();
    expect(lines).toEqual([]);
  });

  it('never contains an API key, accepted or not', async () => {
    const lines: string[] = [];
    const server = await startMockServer({ port: 0, log: (line) => lines.push(line), apiKeys: ['sk-live-abc123'] });
    try {
      await post(server.url, GEN, { prompt: 'a' }, { authorization: 'Bearer sk-live-abc123' });
      await post(server.url, GEN, { prompt: 'a' }, { authorization: 'Bearer sk-wrong-xyz789' });
    } finally {
      await server.close();
    }
    expect(lines.length).toBe(2);
    expect(lines.join('\n')).not.toMatch(/sk-live-abc123|sk-wrong-xyz789/);
  });
});

describe('options', () => {
  it('are checked before the server listens, and frozen', async () => {
    await expect(startMockServer({ port: 0, faults: { errorStatuses: [418] } })).rejects.toThrow(/faults.errorStatuses/);
    expect(Object.isFrozen(mock.options)).toBe(true);
    expect(mock.options.port).toBe(mock.port);
  });
});
