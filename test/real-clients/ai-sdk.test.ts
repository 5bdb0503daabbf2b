// The Vercel AI SDK's xAI video provider (`ai` 7 + `@ai-sdk/xai` 5) against the mock,
// given only `baseURL`. How it polls (read from the installed sources): `doStart` POSTs,
// then `experimental_generateVideo` waits `poll.intervalMs` (default 5 000, any positive
// number allowed) before every `doStatus` GET; 202 (with or without body) is pending,
// `failed`/`expired`, `respect_moderation: false` and a missing url become errors; a
// `done` body (or one without status but with video.url) is downloaded.
// (`providerOptions.xai.pollIntervalMs`/`pollTimeoutMs` are accepted by the provider's
// schema but no longer read by anything: only the top-level `poll` option counts.)
//
// One SDK behaviour needs a workaround against any local mock: its default download
// refuses loopback and private addresses (an SSRF guard), so the tests pass a plain
// fetch download, as mocks/examples/ai-sdk-generate.mjs does; the guard has its own test.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createXai } from '@ai-sdk/xai';
import { experimental_generateVideo as generateVideo } from 'ai';
import { describe, expect, it } from 'vitest';
import {
  API_KEY,
  FAST_POLL_SECONDS,
  ftypOf,
  mockVideoUrl,
  PENDING_POLLS,
  PENDING_PROGRESS,
  runExample,
  useMock,
} from './real-client-kit.js';

// Instant jobs, unless a prompt asks for polls: no clock decides how many polls the SDK sees.
const mock = useMock();
const POLL = { intervalMs: 1, timeoutMs: 15_000 };
const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Exchange {
  method: string;
  url: string;
  requestBody: unknown;
  status: number;
  responseText: string;
}

/** The xAI provider with a fetch that records every API exchange (bodies included). */
function recordingProvider() {
  const exchanges: Exchange[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const text = await response.clone().text();
    exchanges.push({
      method: init?.method ?? 'GET',
      url: String(input instanceof Request ? input.url : input),
      requestBody: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      status: response.status,
      responseText: text,
    });
    return response;
  };
  const xai = createXai({ apiKey: API_KEY, baseURL: `${mock().url}/v1`, fetch: recordingFetch });
  return { model: xai.video('grok-imagine-video'), exchanges };
}

/** A plain fetch download: the SDK's default one refuses 127.0.0.1 (see the guard test). */
async function downloadWithFetch({ url, abortSignal }: { url: URL; abortSignal?: AbortSignal }) {
  const response = await fetch(url, abortSignal ? { signal: abortSignal } : {});
  if (!response.ok) throw new Error(`download of ${url.href} failed: HTTP ${response.status}`);
  return { data: new Uint8Array(await response.arrayBuffer()), mediaType: response.headers.get('content-type') ?? undefined };
}

function xaiMetadata(result: { providerMetadata: Record<string, unknown> }): Record<string, unknown> {
  return result.providerMetadata.xai as Record<string, unknown>;
}

function requestIdOf(exchanges: Exchange[]): string {
  return (JSON.parse(exchanges[0]!.responseText) as { request_id: string }).request_id;
}

describe.concurrent('the AI SDK generates a video against the mock', () => {
  it('text-to-video: POSTs the SDK body, polls through pending 202s, downloads the MP4', async () => {
    const { model, exchanges } = recordingProvider();
    const prompt = `Gentle waves move across the surface, morning mist rises slowly [mock: polls=${PENDING_POLLS}]`;
    const result = await generateVideo({
      model,
      prompt,
      duration: 6,
      aspectRatio: '16:9',
      resolution: '1280x720',
      poll: POLL,
      download: downloadWithFetch,
    });

    const [create, ...polls] = exchanges;
    expect(create).toMatchObject({ method: 'POST', url: `${mock().url}/v1/videos/generations`, status: 200 });
    expect(create!.requestBody).toEqual({ model: 'grok-imagine-video', prompt, duration: 6, aspect_ratio: '16:9', resolution: '720p' });
    const requestId = requestIdOf(exchanges);
    expect(requestId).toMatch(ID_PATTERN);
    expect(polls.map((poll) => [poll.method, poll.url, poll.status])).toEqual(
      [202, 202, 200].map((status) => ['GET', `${mock().url}/v1/videos/${requestId}`, status]),
    );
    expect(polls.slice(0, -1).map((poll) => JSON.parse(poll.responseText))).toEqual(
      PENDING_PROGRESS.map((progress) => ({ status: 'pending', progress })),
    );
    expect(polls.at(-1)?.status).toBe(200);

    expect(result.video.mediaType).toBe('video/mp4');
    expect(ftypOf(result.video.uint8Array)).toBe('ftyp');
    expect(result.warnings).toEqual([]);
    // 6 s at 720p on the base model, $0.07/s: $0.42.
    expect(xaiMetadata(result)).toEqual({
      requestId,
      videoUrl: mockVideoUrl(mock().url, requestId),
      duration: 6,
      costInUsdTicks: 4_200_000_000,
      progress: 100,
    });
  });

  it('image-to-video: the image becomes "image": {"url"} and is billed as an input image', async () => {
    const { model, exchanges } = recordingProvider();
    const image =
      'https://upload.wikimedia.org/wikipedia/commons/thumb/1/1a/24701-nature-natural-beauty.jpg/1280px-24701-nature-natural-beauty.jpg';
    const result = await generateVideo({
      model,
      prompt: { image, text: 'Gentle waves [mock: timing=instant]' },
      duration: 2,
      providerOptions: { xai: { resolution: '480p' } },
      poll: POLL,
      download: downloadWithFetch,
    });
    expect(exchanges[0]!.requestBody).toEqual({
      model: 'grok-imagine-video',
      prompt: 'Gentle waves [mock: timing=instant]',
      duration: 2,
      resolution: '480p',
      image: { url: image },
    });
    expect(ftypOf(result.video.uint8Array)).toBe('ftyp');
    // 2 s at 480p ($0.05/s) plus one input image ($0.002).
    expect(xaiMetadata(result)).toMatchObject({ duration: 2, costInUsdTicks: 1_020_000_000 });
  });

  it.each([
    ['empty-202', 'an empty 202 while pending'],
    ['legacy-pending-200', 'a 200 {"status":"pending"} while pending'],
    ['no-status', 'a finished body without status'],
  ])('survives the live dialect %s (%s)', async (dialect) => {
    const { model, exchanges } = recordingProvider();
    const result = await generateVideo({
      model,
      prompt: `a cat [mock: polls=3, dialect=${dialect}]`,
      duration: 1,
      poll: POLL,
      download: downloadWithFetch,
    });
    expect(exchanges).toHaveLength(4);
    expect(ftypOf(result.video.uint8Array)).toBe('ftyp');
    expect(xaiMetadata(result)).toMatchObject({ duration: 1, videoUrl: mockVideoUrl(mock().url, requestIdOf(exchanges)) });
  });

  it('extends and edits by video URL (providerOptions.xai.videoUrl): extension = input + added, edit = input', async () => {
    const base = await generateVideo({
      model: recordingProvider().model,
      prompt: 'a lighthouse [mock: timing=instant]',
      duration: 6,
      poll: POLL,
      download: downloadWithFetch,
    });
    const sourceUrl = xaiMetadata(base).videoUrl as string;

    const extension = recordingProvider();
    const extended = await generateVideo({
      model: extension.model,
      prompt: 'the beam sweeps on [mock: timing=instant]',
      duration: 4,
      providerOptions: { xai: { mode: 'extend-video', videoUrl: sourceUrl } },
      poll: POLL,
      download: downloadWithFetch,
    });
    expect(extension.exchanges[0]).toMatchObject({ url: `${mock().url}/v1/videos/extensions`, status: 200 });
    expect(extension.exchanges[0]!.requestBody).toEqual({
      model: 'grok-imagine-video',
      prompt: 'the beam sweeps on [mock: timing=instant]',
      duration: 4,
      video: { url: sourceUrl },
    });
    expect(xaiMetadata(extended)).toMatchObject({ duration: 10 });
    expect(ftypOf(extended.video.uint8Array)).toBe('ftyp');

    const edit = recordingProvider();
    const edited = await generateVideo({
      model: edit.model,
      prompt: 'make it night [mock: timing=instant]',
      providerOptions: { xai: { videoUrl: sourceUrl } },
      poll: POLL,
      download: downloadWithFetch,
    });
    expect(edit.exchanges[0]).toMatchObject({ url: `${mock().url}/v1/videos/edits`, status: 200 });
    expect(edit.exchanges[0]!.requestBody).toEqual({
      model: 'grok-imagine-video',
      prompt: 'make it night [mock: timing=instant]',
      video: { url: sourceUrl },
    });
    expect(xaiMetadata(edited)).toMatchObject({ duration: 6 });
  });
});

describe.concurrent('the AI SDK turns unsuccessful jobs into errors', () => {
  it.each([
    ['outcome=failed', 'Video generation failed: Video generation failed due to an internal error; please retry.'],
    ['error-code=service_unavailable', 'Video generation failed: The video service was overloaded while generating; please retry later.'],
    ['outcome=moderated-failed', 'Video generation failed: The generated video was rejected by content moderation.'],
    ['outcome=moderated-done', 'Video generation was blocked due to a content policy violation.'],
    ['outcome=expired', 'Video generation request expired.'],
  ])('[mock: %s] rejects with "%s"', async (control, message) => {
    const { model, exchanges } = recordingProvider();
    const run = generateVideo({
      model,
      prompt: `a cat [mock: ${control}, timing=instant]`,
      duration: 1,
      poll: POLL,
      download: downloadWithFetch,
    });
    await expect(run).rejects.toThrow(message);
    expect(exchanges.map((e) => e.status)).toEqual([200, 200]);
  });

  it('[mock: outcome=moderated-http] rejects with the 400 poll as an APICallError', async () => {
    const { model } = recordingProvider();
    const run = generateVideo({
      model,
      prompt: 'a cat [mock: outcome=moderated-http, timing=instant]',
      duration: 1,
      poll: POLL,
      download: downloadWithFetch,
    });
    await expect(run).rejects.toMatchObject({
      name: 'AI_APICallError',
      statusCode: 400,
      message: 'imagine:content-moderated: The generated video was rejected by content moderation.',
    });
  });

  it("reads the mock's flat {code, error} body on a rejected create (422, 404)", async () => {
    const { model } = recordingProvider();
    await expect(generateVideo({ model, prompt: 'a cat', duration: 20, poll: POLL, maxRetries: 0 })).rejects.toMatchObject({
      name: 'AI_APICallError',
      statusCode: 422,
      message: 'invalid-argument: duration: must be <= 15 (got 20)',
    });
    const unknownModel = createXai({ apiKey: API_KEY, baseURL: `${mock().url}/v1` }).video('grok-imagine-video-9');
    await expect(generateVideo({ model: unknownModel, prompt: 'a cat', poll: POLL, maxRetries: 0 })).rejects.toMatchObject({
      name: 'AI_APICallError',
      statusCode: 404,
      message: expect.stringMatching(/^not-found: The model grok-imagine-video-9 does not exist/),
    });
  });
});

describe("the AI SDK's default download and the mock's loopback URL", () => {
  // Finding (SDK side, not a mock/spec mismatch): `ai`'s default download validates the URL
  // and refuses loopback/private hosts, so with only a base URL the job finishes but the
  // download of `http://127.0.0.1:<port>/__mock/videos/...` fails. Users pass `download`.
  it('refuses the mock video URL on 127.0.0.1 unless a download function is passed', async () => {
    const { model, exchanges } = recordingProvider();
    const run = generateVideo({ model, prompt: 'a cat [mock: timing=instant]', duration: 1, poll: POLL });
    await expect(run).rejects.toMatchObject({ name: 'AI_DownloadError', message: 'URL with IP address 127.0.0.1 is not allowed' });
    expect(exchanges.map((e) => e.status)).toEqual([200, 200]);
  });
});

describe.concurrent('mocks/examples/ai-sdk-generate.mjs', () => {
  const env = () => ({ XAI_BASE_URL: mock().url, XAI_API_KEY: API_KEY, XAI_POLL_INTERVAL: FAST_POLL_SECONDS });

  it('writes the MP4 and prints the provider metadata', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ai-sdk-example-'));
    try {
      const out = join(dir, 'video.mp4');
      const result = await runExample(process.execPath, ['ai-sdk-generate.mjs', 'a lighthouse at dusk', out], env());
      expect(result.code, result.stderr).toBe(0);
      const summary = JSON.parse(result.stdout.trim()) as Record<string, unknown>;
      expect(summary).toMatchObject({ file: out, mediaType: 'video/mp4', duration: 6, costInUsdTicks: 3_000_000_000 });
      expect(summary.videoUrl).toBe(mockVideoUrl(mock().url, summary.requestId as string));
      const bytes = new Uint8Array(await readFile(out));
      expect(bytes.length).toBe(summary.bytes);
      expect(ftypOf(bytes)).toBe('ftyp');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with the error when the job fails ([mock: outcome=failed] in the prompt)', async () => {
    const result = await runExample(
      process.execPath,
      ['ai-sdk-generate.mjs', 'a cat [mock: outcome=failed, timing=instant]', '/nonexistent/never-written.mp4'],
      env(),
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('Error: Video generation failed: Video generation failed due to an internal error; please retry.');
  });
});
