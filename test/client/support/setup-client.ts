/** Builds a client wired to a scripted fetch and fake I/O. */
import { createVideoClient, type VideoClient, type VideoClientOptions } from '../../../src/client/index.js';
import { fakeIo, type FakeIo } from './fake-io.js';
import { scriptedFetch, type ScriptedAnswer, type ScriptedFetch } from './scripted-fetch.js';

export const API_KEY = 'xai-TEST-secret-key-0123456789abcdef';
export const BASE_URL = 'https://api.test.invalid';
export const REQUEST_ID = 'd97415a1-5796-b7ec-379f-4e6819e08fdf';
export const VIDEO_URL = `https://vidgen.x.ai/xai-vidgen-bucket/xai-video-${REQUEST_ID}.mp4`;

export interface Harness {
  client: VideoClient;
  http: ScriptedFetch;
  io: FakeIo;
}

export function setupClient(script: ScriptedAnswer[], options: Partial<VideoClientOptions> & { io?: FakeIo } = {}): Harness {
  const { io: givenIo, ...rest } = options;
  const http = scriptedFetch(script);
  const io = givenIo ?? fakeIo();
  const client = createVideoClient({
    apiKey: API_KEY,
    baseUrl: BASE_URL,
    fetch: http.fetch,
    sleep: io.sleep,
    now: io.now,
    random: io.random,
    ...rest,
  });
  return { client, http, io };
}

/** A typical finished body (openapi/xai-video.yaml: DoneVideoStatus). */
export function doneBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: 'done',
    progress: 100,
    model: 'grok-imagine-video',
    video: { url: VIDEO_URL, duration: 8, respect_moderation: true },
    usage: { cost_in_usd_ticks: 4_000_000_000 },
    ...overrides,
  };
}

/** Runs a promise that must reject and returns the rejection for inspection. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}
