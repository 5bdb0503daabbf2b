// The Node HTTP host: node:http in front of the core, for the CLI and for tests in this
// and other repositories (awaitable, ephemeral port with `port: 0`, and a close that ends
// keep-alive connections too). This file wires the parts: the request listener
// (request-listener.ts, node-request.ts), the limits a slow or hostile client meets
// (node:http's timeouts and head size, the connection bound in connection-tracker.ts, the
// answers to what the parser refuses in socket-answers.ts). With `grpcPort`, the gRPC host
// (src/hosts/grpc) serves the same core beside it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../../lifecycle/index.js';
import {
  apiError,
  createMockCore,
  type MockCore,
  type MockOptions,
  type NormalisedMockOptions,
  normaliseMockOptions,
} from '../../server/index.js';
import { loadResponseValidators, requestValidators } from '../../spec/spec-bundle.js';
import { createAccessLog, createLogger } from '../internal/access-log.js';
import { type ConnectionTracker, trackConnections } from './connection-tracker.js';
import { openHostStore } from './host-store.js';
import { nodePages } from './pages.js';
import { listenError } from '../internal/port-in-use.js';
import { createRequestListener } from './request-listener.js';
import { createTurnWriter } from './turn-writer.js';
import { send } from './node-request.js';
import { answerAndClose, onClientError } from './socket-answers.js';

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
  /** HTTP requests being answered now (a stop waits for them). */
  inFlight(): number;
  /** Closes the HTTP host, the gRPC host and the shared store's connection, at once: `stop({ graceMs: 0 })`. */
  close(): Promise<void>;
  /**
   * Stops accepting, lets the HTTP requests and gRPC calls in flight finish for up to
   * `graceMs`, closes what is left and the shared store; says how many requests and calls
   * it had to cut. The CLI's stop.
   */
  stop(options?: StopOptions): Promise<StopReport>;
}

export interface StopOptions {
  /** How long requests and calls in flight may take to finish (default 0: close them now). */
  graceMs?: number;
}

export interface StopReport {
  /** HTTP requests still in flight when the grace period ended, closed unanswered. */
  cut: number;
  /** gRPC calls still in flight when the grace period ended, cancelled (0 without the gRPC host). */
  grpcCut: number;
}

/** The gRPC host on the same core, loaded only when asked for. */
async function startGrpcBeside(core: MockCore, port: number | false, videoBaseUrl: () => string) {
  if (port === false) return undefined;
  const { startGrpcHost } = await import('../grpc/start-grpc-host.js');
  return startGrpcHost(core, { port, videoBaseUrl });
}

/** node:http with the limits: timeouts, head size, the connection bound, the parser's refusals answered. */
function createHttpServer(core: MockCore, address: () => string): { server: Server; tracker: ConnectionTracker } {
  const { options } = core;
  const logger = createLogger(options.log, options.quiet);
  const server = createServer({
    keepAliveTimeout: options.keepAliveTimeoutMs,
    headersTimeout: options.headersTimeoutMs,
    requestTimeout: options.requestTimeoutMs,
    maxHeaderSize: options.maxHeaderBytes,
    // The timeouts are checked this often: a slow client is cut within a quarter of its timeout.
    connectionsCheckingInterval: Math.max(10, Math.min(30_000, Math.floor(options.headersTimeoutMs / 4))),
    // Checked by the request listener, which answers in the live error shape.
    requireHostHeader: false,
  });
  const tracker = trackConnections(server, options.maxConnections);
  const accessLog = createAccessLog(logger);
  server.on(
    'request',
    createRequestListener({ core, tracker, accessLog, fallbackHost: address, log: options.log, writeInTurn: createTurnWriter() }),
  );
  server.on(
    'clientError',
    onClientError(options, core.refuse, (status) => logger.info({ status }, 'client error')),
  );
  // Without a listener node:http drops a CONNECT silently: the mock is no proxy, and says so.
  server.on('connect', (_req, socket) =>
    answerAndClose(
      socket,
      core.refuse(apiError('400 invalid-argument', 'malformedRequest', { reason: 'CONNECT: the mock is not a proxy' })),
    ),
  );
  // node:http's own answer to an Expect it does not know is a bare 417.
  server.on('checkExpectation', (req, res) => {
    const expect = String(req.headers.expect).slice(0, 100);
    req.resume();
    send(req, res, core.refuse(apiError('417 expectation-failed', 'unsupported', { expect })), true);
  });
  return { server, tracker };
}

export async function startMockServer(options: MockOptions = {}): Promise<RunningMockServer> {
  const normalised = normaliseMockOptions(options);
  const validators = { ...requestValidators(), ...(normalised.strict ? await loadResponseValidators() : {}) };
  const { store, clock, close: closeStore } = await openHostStore(normalised);
  const core = createMockCore(normalised, { validators, store, pages: nodePages });
  const host = normalised.host.includes(':') ? `[${normalised.host}]` : normalised.host;
  let address = `${host}:${normalised.port}`;
  const { server, tracker } = createHttpServer(core, () => address);
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
  let stopping: Promise<StopReport> | undefined;
  const stopBoth = async (graceMs: number): Promise<StopReport> => {
    const [{ cut }, grpcReport] = await Promise.all([tracker.drain(graceMs), grpc?.stop({ graceMs })]);
    await closeStore(); // last: requests and calls drained above may still have needed it
    return { cut, grpcCut: grpcReport?.cut ?? 0 };
  };
  // A second stop or close (a test's afterAll after a stop) waits for the first.
  const stop = ({ graceMs = 0 }: StopOptions = {}) => (stopping ??= stopBoth(graceMs));
  return {
    url: `http://${address}`,
    port,
    options: Object.freeze({ ...normalised, port, grpcPort: grpc ? grpc.port : false }),
    grpc: grpc && { port: grpc.port, target: grpc.target },
    clock,
    reset: () => core.reset(),
    inFlight: () => tracker.inFlight(),
    stop,
    close: () => stop().then(() => undefined),
  };
}
