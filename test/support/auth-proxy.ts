// A loopback forwarder that adds the real API key, so that tools which print requests
// (dredd prints every failing one, headers included) never hold the key: they send a
// placeholder bearer, and only this process swaps it for the key on the way out.
// Requests without the placeholder (no Authorization, a malformed or a deliberately
// wrong one) are forwarded untouched.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const PLACEHOLDER_BEARER = 'placeholder-replaced-by-the-auth-proxy';

export interface AuthProxy {
  url: string;
  close(): Promise<void>;
}

/** Hop-by-hop headers (RFC 9110 §7.6.1) and what fetch recomputes. */
const DROPPED = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
  'content-encoding',
  'proxy-connection',
]);

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function forwardHeaders(req: IncomingMessage, apiKey: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || DROPPED.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  if (headers.authorization === `Bearer ${PLACEHOLDER_BEARER}`) headers.authorization = `Bearer ${apiKey}`;
  return headers;
}

async function forward(req: IncomingMessage, res: ServerResponse, upstream: string, apiKey: string): Promise<void> {
  const body = await readBody(req);
  const response = await fetch(`${upstream}${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers: forwardHeaders(req, apiKey),
    ...(body.length > 0 ? { body: new Uint8Array(body) } : {}),
    redirect: 'manual',
  });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!DROPPED.has(name)) headers[name] = value;
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, { ...headers, 'content-length': String(bytes.length) });
  res.end(bytes);
}

export async function startAuthProxy(upstream: string, apiKey: string): Promise<AuthProxy> {
  const base = upstream.replace(/\/+$/, '');
  const server = createServer((req, res) => {
    forward(req, res, base, apiKey).catch((error: unknown) => {
      // Never echo the request (it may hold the key after the swap): only the failure.
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: 'auth-proxy', error: `upstream unreachable: ${(error as Error).name}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
