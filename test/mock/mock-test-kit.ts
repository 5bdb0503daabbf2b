// Shared helpers for the mock's HTTP tests: start a mock in-process, call it with fetch.
import { afterAll, beforeAll } from 'vitest';
import { startMockServer, type MockServerOptions, type RunningMockServer } from '../../src/hosts/index.js';

export const AUTH = { authorization: 'Bearer test-key' };
export const JSON_HEADERS = { ...AUTH, 'content-type': 'application/json' };

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

export async function call(url: string, init: RequestInit = {}): Promise<CallResult> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, body, text };
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

/** Starts a quiet, strict mock before the file's tests and closes it after them. */
export function useMock(options: MockServerOptions = {}): { server: () => RunningMockServer; url: () => string } {
  let server: RunningMockServer | undefined;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, quiet: true, strict: true, ...options });
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    server: () => server!,
    url: () => server!.url,
  };
}
