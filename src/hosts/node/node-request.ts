// node:http's request and response, in the core's terms: the only place that turns an
// IncomingMessage into a MockRequest and a MockReply into a ServerResponse.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BODY_INCOMPLETE, BODY_TOO_LARGE, type MockReply, type MockRequest } from '../../server/index.js';

type BodyRead = Uint8Array | typeof BODY_TOO_LARGE | typeof BODY_INCOMPLETE;

/**
 * Reads at most `maxBytes`; past that keeps draining (the socket stays usable) and says so.
 * A client that goes away mid-body (or is timed out by the host) is BODY_INCOMPLETE: the
 * core logs it, it is not the mock's own error.
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    if (req.destroyed) return resolve(BODY_INCOMPLETE); // gone while the core waited (fault latency)
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > maxBytes ? BODY_TOO_LARGE : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', () => resolve(BODY_INCOMPLETE));
    req.on('close', () => resolve(BODY_INCOMPLETE)); // after 'end' this changes nothing
  });
}

// The origin of the last Host seen. A client sends the same Host on every request, so the
// origin is built once rather than per request, and a poll's kept answer (built for this
// base URL) then finds the same string, compared without reading its characters.
let lastHost: string | undefined;
let lastOrigin = '';
function originOf(host: string): string {
  if (host !== lastHost) {
    lastHost = host;
    lastOrigin = `http://${host}`;
  }
  return lastOrigin;
}

export function toMockRequest(req: IncomingMessage, fallbackHost: string, onRead: () => void): MockRequest {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return {
    method: req.method ?? 'GET',
    path: q < 0 ? url : url.slice(0, q),
    query: q < 0 ? '' : url.slice(q + 1),
    headers: req.headers,
    origin: originOf(req.headers.host ?? fallbackHost),
    readBody: (maxBytes) => {
      onRead();
      return readBody(req, maxBytes);
    },
  };
}

/**
 * Copies an answer onto the response: the one place that writes. `close` adds
 * `connection: close` (node:http then ends the socket after this response).
 */
export function send(req: IncomingMessage, res: ServerResponse, answer: MockReply, close = false): void {
  const payload = answer.json !== undefined ? (answer.jsonText ?? JSON.stringify(answer.json)) : answer.bytes;
  const length = payload === undefined ? 0 : typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength;
  // A flat [name, value, ...] list: node:http walks it with less work than an object's
  // keys (a few per cent of a poll's throughput; bench/README.md). The core never sets
  // content-type on a JSON answer, content-length or connection (MockReply).
  const headers: (string | number)[] = [];
  for (const name in answer.headers) headers.push(name, answer.headers[name]!);
  if (answer.json !== undefined) headers.push('content-type', 'application/json');
  headers.push('content-length', length);
  if (close) headers.push('connection', 'close');
  res.writeHead(answer.status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}
