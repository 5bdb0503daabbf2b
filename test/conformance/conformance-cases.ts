// What every host of the mock must answer alike: the same requests, the same statuses,
// the headers that matter and the same bodies (ids and origins normalised). A case that a
// host cannot run says why.
import type { MockOptions } from '../../src/hosts/index.js';
import type { MockHost, RunningHost } from './mock-hosts.js';

export const WALL_MS = Date.UTC(2026, 5, 1, 12);
const AUTH = { authorization: 'Bearer conformance' };
const JSON_HEADERS = { ...AUTH, 'content-type': 'application/json' };
const HEADERS_THAT_MATTER = [
  'content-type',
  'content-length',
  'allow',
  'retry-after',
  'content-range',
  'accept-ranges',
  'access-control-allow-origin',
  'access-control-expose-headers',
  'access-control-allow-methods',
  'access-control-allow-headers',
];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

export interface Observation {
  status: number | 'network-error';
  headers?: Record<string, string>;
  body?: unknown;
  bytes?: number;
}

export interface Exchange {
  send(path: string, init?: RequestInit): Promise<Observation>;
  create(prefer?: string, body?: unknown): Promise<string>;
  /** Moves the wall clock of the mock under test. */
  advance(ms: number): void;
  /** Where the mock under test is reached. */
  origin: string;
}

export interface ConformanceCase {
  name: string;
  options?: MockOptions;
  /** Hosts that cannot run the case, with the reason. */
  skip?: Partial<Record<MockHost['name'], string>>;
  run(exchange: Exchange): Promise<Observation[]>;
}

/** V8 from Node 22 on adds where a JSON.parse error is; the mock quotes the engine's message. */
const JSON_ERROR_LINE = / \(line \d+ column \d+\)/g;

function normalise(text: string, host: RunningHost): string {
  return text.replaceAll(host.baseUrl, '<origin>').replace(UUID, '<id>').replace(JSON_ERROR_LINE, '');
}

export async function observe(host: RunningHost, path: string, init: RequestInit = {}): Promise<Observation> {
  let response: Response;
  try {
    response = await host.fetch(`${host.baseUrl}${path}`, init);
  } catch {
    return { status: 'network-error' };
  }
  const headers: Record<string, string> = {};
  for (const name of HEADERS_THAT_MATTER) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = value;
  }
  if (!UUID.test(response.headers.get('x-request-id') ?? '')) headers['x-request-id'] = 'missing';
  UUID.lastIndex = 0;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('application/json')) {
    // The length of a JSON body follows the origin inside it (video.url): the body itself is compared.
    delete headers['content-length'];
    return { status: response.status, headers, body: JSON.parse(normalise(new TextDecoder().decode(bytes), host)) };
  }
  return { status: response.status, headers, bytes: bytes.byteLength };
}

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { ...JSON_HEADERS, ...headers },
  body: JSON.stringify(body),
});
const get = (headers: Record<string, string> = {}): RequestInit => ({ headers: { ...AUTH, ...headers } });

/** A `data:` PNG of this size: its signature and IHDR chunk, all the mock reads of an image. */
function pngDataUri(width: number, height: number): string {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
}

export const CASES: readonly ConformanceCase[] = [
  {
    name: 'a generation: created, pending with progress, done with a video, expired after the ttl',
    options: { ttlSeconds: 60 },
    async run(x) {
      const created = await x.send('/v1/videos/generations', post({ prompt: 'a paper boat', duration: 4 }));
      const id = await x.create(undefined, { prompt: 'a paper boat', duration: 4 });
      const pending = await x.send(`/v1/videos/${id}`, get());
      x.advance(3000);
      const later = await x.send(`/v1/videos/${id}`, get());
      x.advance(60_000);
      const done = await x.send(`/v1/videos/${id}`, get());
      x.advance(60_000);
      return [created, pending, later, done, await x.send(`/v1/videos/${id}`, get())];
    },
  },
  {
    name: 'an extension and an edit of a finished video',
    async run(x) {
      const source = await x.create('timing=instant', { prompt: 'a', duration: 3, resolution: '720p' });
      const url = `${x.origin}/__mock/videos/xai-video-${source}.mp4`;
      return [
        await x.send(`/v1/videos/${source}`, get()),
        await x.send('/v1/videos/extensions', post({ prompt: 'on', video: { url } })),
        await x.send('/v1/videos/edits', post({ prompt: 'sepia', video: { url } })),
      ];
    },
  },
  {
    name: 'outcomes, dialects and injected statuses picked with Prefer and the prompt tag',
    async run(x) {
      const ids = await Promise.all(
        [
          'outcome=failed, error-code=permission_denied',
          'outcome=moderated-http',
          'outcome=moderated-failed',
          'dialect=no-status',
          'poll-status=503',
        ].map((p) => x.create(`timing=instant, ${p}`)),
      );
      const tagged = await x.create(undefined, { prompt: 'a [mock: outcome=expired, timing=instant]' });
      const polled = await Promise.all([...ids, tagged].map((id) => x.send(`/v1/videos/${id}`, get())));
      return [...polled, await x.send('/v1/videos/generations', post({ prompt: 'a' }, { prefer: 'create-status=529' }))];
    },
  },
  {
    name: "Prism's vocabulary on the create and on the poll",
    async run(x) {
      const id = await x.create('timing=slow');
      return [
        await x.send(`/v1/videos/${id}`, get({ prefer: 'code=200' })),
        await x.send(`/v1/videos/${id}`, get({ prefer: 'example=failedZeroValues' })),
        await x.send(`/v1/videos/${id}`, get({ prefer: 'code=504' })),
        await x.send('/v1/videos/generations', post({ prompt: 'a' }, { prefer: 'example=overloaded' })),
        await x.send('/v1/videos/generations', post({ prompt: 'a' }, { prefer: 'dynamic=true' })),
      ];
    },
  },
  {
    name: 'bad input: auth, JSON, content type, fields, combinations, size, methods, unknown ids and paths',
    options: { apiKeys: ['conformance'], maxBodyBytes: 4096 },
    async run(x) {
      return [
        await x.send('/v1/videos/generations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }),
        await x.send('/v1/videos/generations', post({ prompt: 'a' }, { authorization: 'Bearer sk-other' })),
        await x.send('/v1/videos/generations', { method: 'POST', headers: JSON_HEADERS, body: '{"prompt": "a",' }),
        await x.send('/v1/videos/generations', { method: 'POST', headers: AUTH, body: '{"prompt": "a"}' }),
        await x.send('/v1/videos/generations', post({ prompt: 'a', duration: 20 })),
        await x.send('/v1/videos/generations', post({ prompt: 'a', video_id: 'x' })),
        await x.send('/v1/videos/generations', post({ prompt: 'a', model: 'grok-imagine-video-9' })),
        await x.send('/v1/videos/generations', post({ prompt: 'a', resolution: '1080p' })),
        await x.send('/v1/videos/generations', post({ prompt: 'x'.repeat(8000) })),
        await x.send('/v1/videos/generations', get()),
        await x.send('/v1/videos/00000000-0000-0000-0000-000000000000', get()),
        await x.send('/v1/videos/generations', post({ prompt: 'a' }, { prefer: 'outcom=failed' })),
      ];
    },
  },
  {
    name: 'what the schema states and hostile structure: the modes, exclusive fields and bounds, URLs, deep nesting, a key twice',
    async run(x) {
      const raw = (body: string): RequestInit => ({ method: 'POST', headers: JSON_HEADERS, body });
      const keyframe = (t: number) => ({ image: { url: 'https://a.example/k.png' }, timestamp_s: t });
      return [
        await x.send('/v1/videos/generations', post({})),
        await x.send('/v1/videos/generations', post({ prompt: '   ' })),
        await x.send('/v1/videos/generations', post({ prompt: 'a', duration: 4, seconds: 4 })),
        await x.send('/v1/videos/generations', post({ prompt: 'a', model: 'grok-imagine-video-1.5', keyframes: [keyframe(0)] })),
        await x.send('/v1/videos/generations', post({ prompt: 'a', output: { upload_url: 'https://)' } })),
        await x.send('/v1/videos/edits', post({ prompt: 'a', video: { url: 'https://example.123/a.mp4' } })),
        await x.send('/v1/videos/generations', raw(`{"prompt":${'['.repeat(5000)}${']'.repeat(5000)}}`)),
        await x.send('/v1/videos/generations', raw('{"prompt":"a boat","prompt":"a cat"}')),
        await x.send('/v1/videos/generations', raw('{"prompt":"a","duration":1e400}')),
      ];
    },
  },
  {
    name: 'the models endpoint: the list, a model by alias, an unknown model, an injected status, a wrong method, no key',
    async run(x) {
      return [
        await x.send('/v1/video-generation-models', get()),
        await x.send('/v1/video-generation-models/grok-imagine-video-1.5-preview', get()),
        await x.send('/v1/video-generation-models/grok-imagine-video-9', get()),
        await x.send('/v1/video-generation-models', get({ prefer: 'create-status=503' })),
        await x.send('/v1/video-generation-models', { method: 'POST', headers: AUTH }),
        await x.send('/v1/video-generation-models'),
      ];
    },
  },
  {
    name: "per-model rules, the first frame's ratio and generate_audio: false",
    async run(x) {
      const wide = await x.create('timing=instant', {
        image: { url: pngDataUri(2560, 1080) },
        model: 'grok-imagine-video-1.5',
        duration: 1,
      });
      const told = await x.create('timing=instant, input-aspect-ratio=3:4', { image: { url: 'https://example.com/a.jpg' }, duration: 1 });
      const silent = await x.create('timing=instant', { prompt: 'a', duration: 1, generate_audio: false });
      const file = (job: string) => `/__mock/videos/xai-video-${job}.mp4`;
      return [
        await x.send(
          '/v1/videos/edits',
          post({ model: 'grok-imagine-video-1.5', prompt: 'red', video: { url: 'https://example.com/a.mp4' } }),
        ),
        await x.send(
          '/v1/videos/generations',
          post({ model: 'grok-imagine-video-1.5-lite', prompt: 'a', last_frame: { url: 'https://a/b.png' } }),
        ),
        await x.send('/v1/videos/generations', post({ image: { url: 'data:image/png;base64,AAAA' } })),
        await x.send('/v1/videos/generations', post({ prompt: 'a' }, { prefer: 'input-aspect-ratio=wide' })),
        await x.send(`/v1/videos/${wide}`, get()),
        await x.send(file(wide), { method: 'HEAD' }),
        await x.send(file(told), { method: 'HEAD' }),
        await x.send(file(silent), { method: 'HEAD' }),
      ];
    },
  },
  {
    name: 'the video file: full, a byte range, outside the file, HEAD, and not before done',
    async run(x) {
      const id = await x.create('timing=instant', { prompt: 'a', duration: 1 });
      const pending = await x.create(undefined, { prompt: 'a', duration: 1 });
      const path = (job: string) => `/__mock/videos/xai-video-${job}.mp4`;
      return [
        await x.send(path(id)),
        await x.send(path(id), { headers: { range: 'bytes=0-99' } }),
        await x.send(path(id), { headers: { range: 'bytes=99999999-' } }),
        await x.send(path(id), { method: 'HEAD' }),
        await x.send(path(pending)),
      ];
    },
  },
  {
    name: 'the admin surface: health, jobs, clock, advance, reset, unknown routes',
    async run(x) {
      const id = await x.create(undefined, { prompt: 'listed', duration: 1 });
      const jobs = await x.send('/__mock/jobs');
      const advanced = await x.send('/__mock/clock/advance', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"seconds": 30}',
      });
      const polled = await x.send(`/v1/videos/${id}`, get());
      const reset = await x.send('/__mock/reset', { method: 'POST' });
      return [
        await x.send('/__mock/health'),
        jobs,
        advanced,
        polled,
        reset,
        await x.send('/__mock/jobs'),
        await x.send('/__mock/clock'),
        await x.send('/__mock/teleport'),
      ];
    },
  },
  {
    name: 'CORS: a preflight and the exposed headers',
    async run(x) {
      return [
        await x.send('/v1/videos/generations', {
          method: 'OPTIONS',
          headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'prefer' },
        }),
      ];
    },
  },
  {
    name: 'faults: seeded errors with Retry-After',
    options: { faults: { errorRate: 0.5, errorStatuses: [429, 503], seed: 11 } },
    async run(x) {
      const statuses: Observation[] = [];
      for (let i = 0; i < 6; i++) statuses.push(await x.send('/v1/videos/generations', post({ prompt: 'a' })));
      return statuses;
    },
  },
  {
    name: 'a connection reset fault',
    options: { faults: { resetRate: 1 } },
    async run(x) {
      return [await x.send('/v1/videos/generations', post({ prompt: 'a' })), await x.send('/__mock/health')];
    },
  },
  {
    name: 'the pages beside the API: playground, docs, the contract',
    skip: {
      fetch: 'pages are files on disk: the Node host serves them, the portable fetch handler has none by default',
      msw: 'pages are files on disk, served by the Node host; under MSW the app serves its own pages',
    },
    async run(x) {
      const docs = await x.send('/docs');
      return [{ status: docs.status, headers: { 'content-type': docs.headers?.['content-type'] ?? '' } }, await x.send('/nope')];
    },
  },
];

export { AUTH, JSON_HEADERS };
