// A stand-in for the real mock (src/hosts), used only to dry-run the harness with
// BENCH_MOCK=stub. It speaks the same interface (CLI flags, startMockServer, /__mock/health,
// Prefer: timing=...) but its figures say nothing about the real mock.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';

const TIMINGS = { instant: 0, realistic: 5_000, slow: 3_600_000 };

function json(res, status, value) {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function validate(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be an object';
  const d = body.duration;
  if (d !== undefined && (!Number.isInteger(d) || d < 1 || d > 15)) return 'duration: must be an integer from 1 to 15';
  if (body.prompt !== undefined && typeof body.prompt !== 'string') return 'prompt: must be a string';
  return null;
}

export async function startMockServer({ port = 0, host = '127.0.0.1', timing = 'realistic' } = {}) {
  const jobs = new Map();
  const server = http.createServer((req, res) => {
    if (req.url === '/__mock/health') return json(res, 200, { ok: true });
    if (!/^Bearer \S+/.test(req.headers.authorization ?? '')) return json(res, 401, { code: 'unauthenticated', error: 'no key' });
    if (req.method === 'POST' && req.url === '/v1/videos/generations') {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        let body;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return json(res, 400, { code: 'invalid-argument', error: 'body is not JSON' });
        }
        const problem = validate(body);
        if (problem) return json(res, 422, { code: 'invalid-argument', error: problem });
        const prefer = /timing=(\w+)/.exec(req.headers.prefer ?? '')?.[1];
        const id = randomUUID();
        jobs.set(id, { readyAt: Date.now() + (TIMINGS[prefer ?? timing] ?? TIMINGS.realistic), duration: body.duration ?? 8 });
        json(res, 200, { request_id: id });
      });
      return;
    }
    const match = /^\/v1\/videos\/([^/?]+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && match) {
      const job = jobs.get(match[1]);
      if (!job) return json(res, 404, { code: 'not-found', error: 'unknown request_id' });
      if (Date.now() < job.readyAt) return json(res, 202, { status: 'pending', progress: 42 });
      return json(res, 200, {
        status: 'done',
        progress: 100,
        model: 'grok-imagine-video',
        video: { url: `https://vidgen.x.ai/stub/${match[1]}.mp4`, duration: job.duration, respect_moderation: true },
        usage: { cost_in_usd_ticks: 500_000_000 * job.duration },
      });
    }
    json(res, 404, { code: 'not-found', error: 'no such route' });
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const url = `http://${host}:${server.address().port}`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const { url } = await startMockServer({
    port: Number(opt('--port', '4010')),
    host: opt('--host', '127.0.0.1'),
    timing: opt('--timing', 'realistic'),
  });
  console.log(`stub mock listening on ${url}`);
  process.on('SIGTERM', () => process.exit(0));
}
