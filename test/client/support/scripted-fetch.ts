/**
 * A scripted fake `fetch`: answers requests from a queue, in order, and records what it
 * was sent. A test that makes more requests than scripted fails loudly.
 */
import type { FetchLike } from '../../../src/client/index.js';

export type ScriptedAnswer =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { networkError: Error }
  | ((request: Request) => Response | Promise<Response>);

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

export interface ScriptedFetch {
  fetch: FetchLike;
  requests: RecordedRequest[];
  /** Scripted answers not used yet. */
  remaining: () => number;
}

export function scriptedFetch(script: ScriptedAnswer[]): ScriptedFetch {
  const queue = [...script];
  const requests: RecordedRequest[] = [];
  const fetch: FetchLike = async (request) => {
    requests.push({ method: request.method, url: request.url, headers: request.headers, body: await request.clone().text() });
    const next = queue.shift();
    if (next === undefined) throw new Error(`unscripted request: ${request.method} ${request.url}`);
    if (typeof next === 'function') return next(request);
    if ('networkError' in next) throw next.networkError;
    return toResponse(next);
  };
  return { fetch, requests, remaining: () => queue.length };
}

/** Objects become JSON with `Content-Type: application/json`; strings are sent as-is. */
function toResponse(answer: { status: number; body?: unknown; headers?: Record<string, string> }): Response {
  const headers = new Headers(answer.headers);
  if (answer.body === undefined) return new Response(null, { status: answer.status, headers });
  if (typeof answer.body === 'string') return new Response(answer.body, { status: answer.status, headers });
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
}
