// Shared helpers for the mock's behaviour tests: the mock runs in-process behind its
// fetch handler (no port, no socket), on a wall clock that stands still unless a test
// moves it. `call` sends to an in-process mock by its origin (http://mock-N.test), and
// anywhere else with the real fetch.
import { afterAll, beforeAll } from 'vitest';
import { createMockFetchHandler, type MockFetchHandler, type MockOptions } from '../../src/hosts/index.js';

export const AUTH = { authorization: 'Bearer test-key' };
export const JSON_HEADERS = { ...AUTH, 'content-type': 'application/json' };
/** 2026-06-01T00:00:00Z: where the fake wall clock of every in-process mock starts. */
export const START_MS = Date.UTC(2026, 5, 1);

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
  text: string;
  /** `error` for a network error (a connection reset under the fetch handler). */
  type: ResponseType;
}

const inProcess = new Map<string, MockFetchHandler>();
let mocks = 0;

export async function send(url: string, init: RequestInit = {}): Promise<Response> {
  const handler = inProcess.get(new URL(url).origin);
  return handler ? handler(new Request(url, init)) : fetch(url, init);
}

export async function call(url: string, init: RequestInit = {}): Promise<CallResult> {
  const response = await send(url, init);
  const text = response.type === 'error' ? '' : await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text, type: response.type };
}

export function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<CallResult> {
  return call(`${base}${path}`, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });
}

export function poll(base: string, requestId: string, headers: Record<string, string> = {}): Promise<CallResult> {
  return call(`${base}/v1/videos/${requestId}`, { headers: { ...AUTH, ...headers } });
}

export async function createJob(
  base: string,
  body: unknown = { prompt: 'a cat', duration: 1 },
  prefer?: string,
  path = '/v1/videos/generations',
): Promise<string> {
  const created = await post(base, path, body, prefer ? { prefer } : {});
  if (created.status !== 200) throw new Error(`create failed: ${created.status} ${created.text}`);
  return created.body.request_id as string;
}

export interface InProcessMock {
  /** The mock's origin, e.g. http://mock-3.test: use it as the base URL. */
  url(): string;
  handler(): MockFetchHandler;
  /** Moves the wall clock itself (the mock's clock offset stays as it is). */
  wallClock: { advance(ms: number): void; now(): number };
}

/** A strict in-process mock, made now (for tests that need their own). */
export function inProcessMock(options: MockOptions = {}): InProcessMock {
  const origin = `http://mock-${++mocks}.test`;
  let wallMs = START_MS;
  const handler = createMockFetchHandler({ strict: true, now: () => wallMs, ...options });
  inProcess.set(origin, handler);
  return {
    url: () => origin,
    handler: () => handler,
    wallClock: {
      advance: (ms) => {
        wallMs += ms;
      },
      now: () => wallMs,
    },
  };
}

/** A strict in-process mock for the file's tests (`server().clock.advance(ms)` moves its jobs). */
export function useMock(options: MockOptions = {}): {
  server: () => MockFetchHandler;
  url: () => string;
  wallClock: InProcessMock['wallClock'];
} {
  let mock: InProcessMock | undefined;
  beforeAll(() => {
    mock = inProcessMock(options);
  });
  afterAll(() => {
    if (mock) inProcess.delete(mock.url());
  });
  return {
    server: () => mock!.handler(),
    url: () => mock!.url(),
    wallClock: { advance: (ms) => mock!.wallClock.advance(ms), now: () => mock!.wallClock.now() },
  };
}
