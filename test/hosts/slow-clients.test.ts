// Slow and greedy clients on real sockets, with short limits set by options so that the
// test is quick: slowloris (headers or a body a byte at a time) is answered 408 and closed
// while normal requests keep being answered; an idle keep-alive connection is closed; a
// connection over the bound is answered 503 and closed. Nothing here measures a time: the
// test waits for answers and for the server to close sockets.
import type { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/hosts/index.js';
import { JSON_HEADERS } from '../server/mock-kit.js';
import { head, openSocket, type RawAnswer, rawExchange, splitAnswers } from './raw-http.js';

interface Stalled {
  socket: Socket;
  /** Resolves when the server closes the socket, with what it sent before. */
  closed: Promise<RawAnswer[]>;
}

/** A socket that sends `start`, then one byte of `drip` every `everyMs`, never finishing. */
async function trickle(port: number, start: string, drip: string, everyMs = 40): Promise<Stalled> {
  const socket = await openSocket(port);
  const received: Buffer[] = [];
  socket.on('data', (data: Buffer) => received.push(data));
  socket.on('error', () => {});
  socket.write(start);
  let i = 0;
  const timer = setInterval(() => socket.writable && socket.write(drip[i++ % drip.length]!), everyMs);
  const closed = new Promise<RawAnswer[]>((resolve) =>
    socket.on('close', () => {
      clearInterval(timer);
      resolve(splitAnswers(Buffer.concat(received).toString('latin1')).answers);
    }),
  );
  return { socket, closed };
}

describe('slowloris', () => {
  let mock: RunningMockServer;
  beforeAll(async () => {
    mock = await startMockServer({ port: 0, quiet: true, timing: 'instant', headersTimeoutMs: 300, requestTimeoutMs: 600 });
  });
  afterAll(() => mock?.close());

  it('connections trickling headers or a body are answered 408 and closed; normal requests are answered meanwhile', async () => {
    const headers = Array.from({ length: 40 }, () => trickle(mock.port, 'GET /__mock/health HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1\r\n'));
    const body = Array.from({ length: 10 }, () =>
      trickle(
        mock.port,
        head('POST /v1/videos/generations HTTP/1.1', [
          'Authorization: Bearer k',
          'Content-Type: application/json',
          'Content-Length: 10000',
        ]),
        'a',
      ),
    );
    const stalled = await Promise.all([...headers, ...body]);
    // While they trickle: normal requests, one after another and some at once.
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.all([
        fetch(`${mock.url}/__mock/health`),
        fetch(`${mock.url}/v1/videos/generations`, { method: 'POST', headers: JSON_HEADERS, body: '{"prompt":"a"}' }),
      ]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      await Promise.all(answers.map((a) => a.arrayBuffer()));
    }
    const closed = await Promise.all(stalled.map((s) => s.closed));
    for (const answers of closed) {
      expect(answers).toHaveLength(1);
      expect(answers[0]).toMatchObject({ status: 408, headers: { connection: 'close' }, json: { code: 'request-timeout' } });
      expect(answers[0]!.json.error).toContain('headers within 300 ms, the whole request within 600 ms');
    }
    expect((await fetch(`${mock.url}/__mock/health`)).status).toBe(200);
  });

  it('an idle keep-alive connection is closed by the server', async () => {
    const keepAlive = await startMockServer({ port: 0, quiet: true, keepAliveTimeoutMs: 50 });
    try {
      const exchange = await rawExchange(keepAlive.port, [head('GET /__mock/health HTTP/1.1', ['Connection: keep-alive'])]);
      expect(exchange.answers.map((a) => a.status)).toEqual([200]);
      expect(exchange.closedByServer).toBe(true);
    } finally {
      await keepAlive.close();
    }
  });
});

describe('the connection bound', () => {
  let mock: RunningMockServer;
  beforeAll(async () => {
    mock = await startMockServer({ port: 0, quiet: true, maxConnections: 3 });
  });
  afterAll(() => mock?.close());

  it('a connection over the bound is answered 503 with Retry-After and closed; once one closes, it is served again', async () => {
    const held = await Promise.all([1, 2, 3].map(() => openSocket(mock.port)));
    const over = await rawExchange(mock.port, [head('GET /__mock/health HTTP/1.1')]);
    expect(over.closedByServer).toBe(true);
    expect(over.answers).toHaveLength(1);
    expect(over.answers[0]).toMatchObject({
      status: 503,
      // Finished as every answer is: a browser over the bound reads the 503 (CORS) and can quote its id.
      headers: { 'retry-after': '1', connection: 'close', 'access-control-allow-origin': '*', 'x-request-id': expect.any(String) },
      json: { code: 'unavailable', error: 'The mock serves at most 3 connections at once; retry on a new connection later.' },
    });
    const gone = new Promise((resolve) => held[0]!.once('close', resolve));
    held[0]!.destroy();
    await gone;
    // The server sees the close a moment after the client: ask until it has (no time measured).
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      status = (await rawExchange(mock.port, [head('GET /__mock/health HTTP/1.1')])).answers[0]?.status ?? 0;
      expect([200, 503]).toContain(status);
    }
    expect(status).toBe(200);
    for (const socket of held) socket.destroy();
  });

  it('past twice the bound, a connection is closed at once, unanswered', async () => {
    const held = await Promise.all([1, 2, 3, 4, 5, 6].map(() => openSocket(mock.port)));
    const dropped = await rawExchange(mock.port, [head('GET /__mock/health HTTP/1.1')]);
    expect(dropped).toMatchObject({ closedByServer: true, answers: [] });
    for (const socket of held) socket.destroy();
  });
});
