/**
 * One end-to-end run over a real socket with the real `fetch`, `setTimeout` and clock:
 * checks that nothing in the client depends on the fakes (empty 202 bodies as Node
 * really sends them, headers, JSON parsing).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVideoClient, type VideoProgress } from '../../src/client/index.js';

const KEY = 'xai-loopback-key-0123456789';
const ID = 'd97415a1-5796-b7ec-379f-4e6819e08fdf';
let server: Server;
let baseUrl: string;
let polls = 0;
const seen: string[] = [];

function handle(req: IncomingMessage, res: ServerResponse): void {
  seen.push(`${req.method} ${req.url} ${req.headers.authorization === `Bearer ${KEY}` ? 'auth-ok' : 'auth-missing'}`);
  res.setHeader('x-request-id', `xr-${seen.length}`);
  if (req.method === 'POST') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ request_id: ID }));
    return;
  }
  polls += 1;
  if (polls === 1) {
    res.writeHead(202).end(); // empty body, as the live API does
    return;
  }
  if (polls === 2) {
    res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'pending', progress: 50 }));
    return;
  }
  const done = {
    status: 'done',
    progress: 100,
    model: 'grok-imagine-video',
    video: { url: 'https://vidgen.x.ai/v.mp4', duration: 1, respect_moderation: true },
  };
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(done));
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('over loopback with the real fetch', () => {
  it('generates a video through an empty 202, a pending 202 and a done 200', async () => {
    const client = createVideoClient({ apiKey: KEY, baseUrl, pollIntervalMs: 10 });
    const progress: VideoProgress[] = [];
    const video = await client.generate({ prompt: 'a boat', duration: 1 }, { onProgress: (p) => progress.push(p) });
    expect(video).toMatchObject({ requestId: ID, url: 'https://vidgen.x.ai/v.mp4', duration: 1 });
    expect(progress.map((p) => p.progress)).toEqual([undefined, 50, 100]);
    expect(seen).toEqual([
      'POST /v1/videos/generations auth-ok',
      `GET /v1/videos/${ID} auth-ok`,
      `GET /v1/videos/${ID} auth-ok`,
      `GET /v1/videos/${ID} auth-ok`,
    ]);
  });
});
