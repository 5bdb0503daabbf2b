// The REST conformance cases (conformance-cases.ts) as a gRPC client sends them: the same
// jobs and the same bad input as xai_api.Video calls, each answer paired with the REST
// step it mirrors. What a video file or the admin surface answers is the HTTP host's job,
// so those steps ask the same mock over HTTP, about jobs created over gRPC. A REST step
// that gRPC cannot express is named with the reason, and so is a whole case.
import type { GrpcExchange, Step } from './grpc-exchange.js';

export interface GrpcCase {
  /** The REST case's name: the mock runs with that case's options. */
  name: string;
  /** Why the whole case has no gRPC counterpart. */
  skip?: string;
  /** REST steps (by index) that gRPC cannot send, with why. */
  restOnly?: Readonly<Record<number, string>>;
  run?(x: GrpcExchange): Promise<Step[]>;
}

const NO_HTTP_VERB = 'a gRPC call names its method; there is no verb to get wrong (grpc-js answers an unknown method UNIMPLEMENTED)';

/** The same `data:` PNG header the REST case sends (signature and IHDR). */
function pngDataUri(width: number, height: number): string {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24);
  return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
}

const file = (job: string) => `/__mock/videos/xai-video-${job}.mp4`;

export const GRPC_CASES: readonly GrpcCase[] = [
  {
    name: 'a generation: created, pending with progress, done with a video, expired after the ttl',
    async run(x) {
      const created = await x.generate({ prompt: 'a paper boat', duration: 4 });
      const id = await x.create(undefined, { prompt: 'a paper boat', duration: 4 });
      const pending = await x.poll(id);
      x.advance(3000);
      const later = await x.poll(id);
      x.advance(60_000);
      const done = await x.poll(id);
      x.advance(60_000);
      return [
        [0, created],
        [1, pending],
        [2, later],
        [3, done],
        [4, await x.poll(id)],
      ];
    },
  },
  {
    name: 'an extension and an edit of a finished video',
    async run(x) {
      const source = await x.create('timing=instant', { prompt: 'a', duration: 3, resolution: 'VIDEO_RESOLUTION_720P' });
      const url = `${x.httpOrigin}${file(source)}`;
      return [
        [0, await x.poll(source)],
        [1, await x.extend({ prompt: 'on', video: { url } })],
        // GenerateVideo with a video is an edit (the proto and the SDK's generate(video_url=...)).
        [2, await x.generate({ prompt: 'sepia', video: { url } })],
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
      const polled = await Promise.all([...ids, tagged].map((id) => x.poll(id)));
      const steps: Step[] = polled.map((answer, i) => [i, answer]);
      return [...steps, [6, await x.generate({ prompt: 'a' }, { prefer: 'create-status=529' })]];
    },
  },
  {
    name: "Prism's vocabulary on the create and on the poll",
    async run(x) {
      const id = await x.create('timing=slow');
      return [
        [0, await x.poll(id, { prefer: 'code=200' })],
        [1, await x.poll(id, { prefer: 'example=failedZeroValues' })],
        [2, await x.poll(id, { prefer: 'code=504' })],
        [3, await x.generate({ prompt: 'a' }, { prefer: 'example=overloaded' })],
        [4, await x.generate({ prompt: 'a' }, { prefer: 'dynamic=true' })],
      ];
    },
  },
  {
    name: 'bad input: auth, JSON, content type, fields, combinations, size, methods, unknown ids and paths',
    restOnly: {
      2: 'malformed JSON: a gRPC request is a protobuf message, decoded by grpc-js before the service sees it',
      3: 'a missing JSON content type: gRPC has one content type (application/grpc), set by the client library',
      5: 'video_id: the proto has no such field, so a client cannot send it (protobuf drops fields it does not know)',
      9: NO_HTTP_VERB,
    },
    async run(x) {
      const big = await x.generate({ prompt: 'x'.repeat(8000) });
      return [
        [0, await x.generate({ prompt: 'a' }, { authorization: null })],
        [1, await x.generate({ prompt: 'a' }, { authorization: 'Bearer sk-other' })],
        [4, await x.generate({ prompt: 'a', duration: 20 })],
        [6, await x.generate({ prompt: 'a', model: 'grok-imagine-video-9' })],
        [7, await x.generate({ prompt: 'a', resolution: 'VIDEO_RESOLUTION_1080P' })],
        // --max-body-bytes is the gRPC host's message limit too; grpc-js refuses in its own words.
        [8, { ...big, codeOnly: 'grpc-js refuses a message over the limit before the service sees it' }],
        [10, await x.poll('00000000-0000-0000-0000-000000000000')],
        [11, await x.generate({ prompt: 'a' }, { prefer: 'outcom=failed' })],
      ];
    },
  },
  {
    name: 'what the schema states and hostile structure: the modes, exclusive fields and bounds, URLs, deep nesting, a key twice',
    restOnly: {
      2: 'seconds: xAI’s proto has no alias of duration',
      3: 'keyframes: xAI’s proto has no such field (GenerateVideoRequest, SDK proto v6)',
      4: 'output.upload_url: xAI’s proto has no such field',
      6: 'deep nesting is JSON structure: a protobuf message has none beyond its own fields',
      7: 'a key twice is JSON syntax: protobuf keeps the last value of a repeated scalar field by definition',
      8: '1e400 is a JSON number: a proto int32 cannot hold it, so a client cannot send it',
    },
    async run(x) {
      return [
        [0, await x.generate({})],
        [1, await x.generate({ prompt: '   ' })],
        [5, await x.generate({ prompt: 'a', video: { url: 'https://example.123/a.mp4' } })],
      ];
    },
  },
  {
    name: 'the models endpoint: the list, a model by alias, an unknown model, an injected status, a wrong method, no key',
    skip: 'xai_api.Video has no models method, and neither the Python SDK nor xAI’s Models service lists video models',
  },
  {
    name: "per-model rules, the first frame's ratio and generate_audio: false",
    restOnly: { 1: 'last_frame: xAI’s proto has no such field (GenerateVideoRequest, SDK proto v6)' },
    async run(x) {
      const wide = await x.create('timing=instant', {
        image: { image_url: pngDataUri(2560, 1080) },
        model: 'grok-imagine-video-1.5',
        duration: 1,
      });
      const told = await x.create('timing=instant, input-aspect-ratio=3:4', {
        image: { image_url: 'https://example.com/a.jpg' },
        duration: 1,
      });
      const silent = await x.create('timing=instant', { prompt: 'a', duration: 1, generate_audio: false });
      return [
        [0, await x.generate({ model: 'grok-imagine-video-1.5', prompt: 'red', video: { url: 'https://example.com/a.mp4' } })],
        [2, await x.generate({ image: { image_url: 'data:image/png;base64,AAAA' } })],
        [3, await x.generate({ prompt: 'a' }, { prefer: 'input-aspect-ratio=wide' })],
        [4, await x.poll(wide)],
        // The files of jobs created over gRPC, from the HTTP host: the same MP4s (size, ratio, audio).
        [5, await x.http(file(wide), { method: 'HEAD' })],
        [6, await x.http(file(told), { method: 'HEAD' })],
        [7, await x.http(file(silent), { method: 'HEAD' })],
      ];
    },
  },
  {
    name: 'the video file: full, a byte range, outside the file, HEAD, and not before done',
    async run(x) {
      const id = await x.create('timing=instant', { prompt: 'a', duration: 1 });
      const pending = await x.create(undefined, { prompt: 'a', duration: 1 });
      return [
        [0, await x.http(file(id))],
        [1, await x.http(file(id), { headers: { range: 'bytes=0-99' } })],
        [2, await x.http(file(id), { headers: { range: 'bytes=99999999-' } })],
        [3, await x.http(file(id), { method: 'HEAD' })],
        [4, await x.http(file(pending))],
      ];
    },
  },
  {
    name: 'the admin surface: health, jobs, clock, advance, reset, unknown routes',
    async run(x) {
      const id = await x.create(undefined, { prompt: 'listed', duration: 1 });
      const jobs = await x.http('/__mock/jobs');
      const advanced = await x.http('/__mock/clock/advance', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"seconds": 30}',
      });
      const polled = await x.poll(id);
      const reset = await x.http('/__mock/reset', { method: 'POST' });
      return [
        [0, await x.http('/__mock/health')],
        [1, jobs],
        [2, advanced],
        [3, polled],
        [4, reset],
        [5, await x.http('/__mock/jobs')],
        [6, await x.http('/__mock/clock')],
        [7, await x.http('/__mock/teleport')],
      ];
    },
  },
  {
    name: 'CORS: a preflight and the exposed headers',
    skip: 'CORS is how browsers guard HTTP; a gRPC client is no browser (gRPC-Web would need a proxy)',
  },
  {
    name: 'faults: seeded errors with Retry-After',
    async run(x) {
      const steps: Step[] = [];
      for (let i = 0; i < 6; i++) steps.push([i, await x.generate({ prompt: 'a' })]);
      return steps;
    },
  },
  {
    name: 'a connection reset fault',
    async run(x) {
      return [
        [0, await x.generate({ prompt: 'a' })],
        [1, await x.http('/__mock/health')],
      ];
    },
  },
  {
    name: 'the pages beside the API: playground, docs, the contract',
    skip: 'pages are the HTTP host’s; the gRPC host serves xai_api.Video only',
  },
];
