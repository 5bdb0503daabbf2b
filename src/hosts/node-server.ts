// The Node HTTP host: node:http in front of the core, for the CLI and for tests in this
// and other repositories (awaitable, ephemeral port with `port: 0`, and a close that ends
// keep-alive connections too). The only file that turns IncomingMessage into a
// MockRequest and a MockReply into a ServerResponse. With `grpcPort`, the gRPC host
// (src/hosts/grpc) serves the same core beside it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../lifecycle/index.js';
import {
  BODY_TOO_LARGE,
  createMockCore,
  type MockAnswer,
  type MockCore,
  type MockOptions,
  type MockRequest,
  type NormalisedMockOptions,
  normaliseMockOptions,
  RESET_CONNECTION,
} from '../server/index.js';
import { loadResponseValidators, requestValidators } from '../spec/spec-bundle.js';
import { createAccessLog, createLogger } from './access-log.js';
import { openHostStore } from './internal/host-store.js';
import { nodePages } from './pages.js';
import { listenError } from './port-in-use.js';

export interface RunningMockServer {
  /** Base URL, e.g. http://127.0.0.1:4010 (use it as the client's baseUrl). */
  url: string;
  port: number;
  options: NormalisedMockOptions;
  /** The mock's clock: `clock.advance(ms)` moves every job forward. */
  clock: Clock;
  /**
   * The gRPC host (xAI's `xai_api.Video`, for the official Python SDK) when `grpcPort` was
   * given: its port and the `host:port` to dial (the SDK's `api_host` is `localhost:<port>`).
   */
  grpc: { port: number; target: string } | undefined;
  /** Same as POST /__mock/reset (with `redisUrl`, done once Redis has answered). */
  reset(): void | Promise<void>;
  /** Closes the HTTP host, the gRPC host and the shared store's connection. */
  close(): Promise<void>;
}

/** Reads at most `maxBytes`; past that keeps draining (the socket stays usable) and says so. */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Uint8Array | typeof BODY_TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > maxBytes ? BODY_TOO_LARGE : chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function toMockRequest(req: IncomingMessage, fallbackHost: string, onRead: () => void): MockRequest {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return {
    method: req.method ?? 'GET',
    path: q < 0 ? url : url.slice(0, q),
    query: q < 0 ? '' : url.slice(q + 1),
    headers: req.headers,
    origin: `http://${req.headers.host ?? fallbackHost}`,
    readBody: (maxBytes) => {
      onRead();
      return readBody(req, maxBytes);
    },
  };
}

/** Copies the core's answer onto the socket: the one place that writes. */
function send(req: IncomingMessage, res: ServerResponse, answer: Exclude<MockAnswer, typeof RESET_CONNECTION>): void {
  const headers: Record<string, string | number> = { ...answer.headers };
  let payload: string | Uint8Array | undefined;
  if (answer.json !== undefined) {
    payload = JSON.stringify(answer.json);
    headers['content-type'] = 'application/json';
  } else payload = answer.bytes;
  headers['content-length'] = payload === undefined ? 0 : typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength;
  res.writeHead(answer.status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function createRequestListener(core: MockCore, fallbackHost: () => string) {
  const { options } = core;
  const accessLog = createAccessLog(createLogger(options.log, options.quiet));
  type Sent = Exclude<MockAnswer, typeof RESET_CONNECTION>;
  const log = (req: IncomingMessage, status: number, started: number, answer?: Sent) =>
    accessLog?.({
      method: req.method ?? 'GET',
      path: (req.url ?? '/').split('?', 1)[0]!,
      status,
      request_id: answer?.jobId,
      x_request_id: answer?.headers['x-request-id'] ?? '',
      duration_ms: Math.round((performance.now() - started) * 100) / 100,
    });
  const finish = (req: IncomingMessage, res: ServerResponse, answer: MockAnswer, started: number, bodyRead: boolean) => {
    try {
      if (answer === RESET_CONNECTION) {
        req.socket.destroy();
        return log(req, 0, started);
      }
      if (!bodyRead) req.resume(); // an unread body is drained, so keep-alive goes on
      send(req, res, answer);
      log(req, answer.status, started, answer);
    } catch (error) {
      // The last line of defence: a bug while answering is logged and the socket closed, never a crash.
      options.log(JSON.stringify({ level: 'error', msg: 'unexpected error', error: String((error as Error)?.stack ?? error) }));
      res.destroy();
    }
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = performance.now();
    let bodyRead = false;
    const answer = core.handle(toMockRequest(req, fallbackHost(), () => (bodyRead = true)));
    if (answer instanceof Promise) answer.then((settled) => finish(req, res, settled, started, bodyRead));
    else finish(req, res, answer, started, bodyRead);
  };
}

/** The gRPC host on the same core, loaded only when asked for. */
async function startGrpcBeside(core: MockCore, port: number | false, videoBaseUrl: () => string) {
  if (port === false) return undefined;
  const { startGrpcHost } = await import('./grpc/start-grpc-host.js');
  return startGrpcHost(core, { port, videoBaseUrl });
}

export async function startMockServer(options: MockOptions = {}): Promise<RunningMockServer> {
  const normalised = normaliseMockOptions(options);
  const validators = { ...requestValidators(), ...(normalised.strict ? await loadResponseValidators() : {}) };
  const { store, clock, close: closeStore } = await openHostStore(normalised);
  const core = createMockCore(normalised, { validators, store, pages: nodePages });
  const host = normalised.host.includes(':') ? `[${normalised.host}]` : normalised.host;
  let address = `${host}:${normalised.port}`;
  const server = createServer(
    { keepAliveTimeout: 5000 },
    createRequestListener(core, () => address),
  );
  // A client that stalls mid-request must not hold a socket forever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 30_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  // gRPC first, so that once HTTP answers (GET /__mock/health), both hosts do.
  const grpc = await startGrpcBeside(core, normalised.grpcPort, () => `http://${address}`).catch(async (error: unknown) => {
    await closeStore();
    throw error;
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error) => reject(listenError(error, normalised.host, normalised.port)));
      server.listen(normalised.port, normalised.host, () => resolve());
    });
  } catch (error) {
    await Promise.all([grpc?.close(), closeStore()]);
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  address = `${host}:${port}`;
  const url = `http://${address}`;
  const closeHttp = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  return {
    url,
    port,
    options: Object.freeze({ ...normalised, port, grpcPort: grpc ? grpc.port : false }),
    grpc: grpc && { port: grpc.port, target: grpc.target },
    clock,
    reset: () => core.reset(),
    close: async () => {
      await Promise.all([closeHttp(), grpc?.close()]);
      await closeStore();
    },
  };
}
