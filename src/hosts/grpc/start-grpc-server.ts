// Serves the xai_api.Video service of the core over plaintext gRPC (HTTP/2 by
// @grpc/grpc-js). Plaintext is what the Python SDK expects of a local server: for an
// `api_host` starting with "localhost:" it uses local channel credentials (no TLS, but
// the bearer key is still sent) instead of TLS (xai_sdk/client.py create_channel_credentials).
import { Server } from '@grpc/grpc-js';
import { DEFAULT_GRPC_PORT } from '../../server/index.js';
import { settlesWithin } from '../internal/settles-within.js';
import { type CallsInFlight, trackCalls } from './calls-in-flight.js';
import { type GrpcListener, listenGrpc } from './listen-grpc.js';
import { loadVideoProto } from './load-video-proto.js';
import { createVideoServiceHandlers, type VideoServiceOptions } from './video-service-handlers.js';
import type { VideoCore } from './video-core.js';

export { DEFAULT_GRPC_PORT };
/** As the REST host's default body limit; gRPC's own default (4 MiB) would refuse a data-URI video. */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

export interface GrpcServerOptions extends Omit<VideoServiceOptions, 'inFlight'> {
  core: VideoCore;
  /** Default 127.0.0.1 (the SDK's "localhost:PORT" reaches it). */
  host?: string;
  /** Default 4011; 0 picks any free port. */
  port?: number;
  /** Largest request message accepted; bigger ones get RESOURCE_EXHAUSTED from grpc-js. */
  maxMessageBytes?: number;
}

export interface GrpcStopReport {
  /** Calls still in flight when the grace period ended, cancelled. */
  cut: number;
}

export interface RunningGrpcServer {
  host: string;
  port: number;
  /** `host:port`, what a gRPC client dials. */
  target: string;
  /** Calls being answered now. */
  inFlight(): number;
  /**
   * Stops accepting, lets the calls in flight finish for up to `graceMs` (default 0),
   * then cancels what is left and closes; says how many calls it cancelled.
   */
  stop(options?: { graceMs?: number }): Promise<GrpcStopReport>;
  /** `stop()` at once. */
  close(): Promise<void>;
}

async function shutDown(server: Server, listener: GrpcListener, calls: CallsInFlight, graceMs: number): Promise<GrpcStopReport> {
  // tryShutdown sends each connection a GOAWAY and waits for its calls to finish.
  const closed = Promise.all([listener.close(), new Promise<void>((resolve) => server.tryShutdown(() => resolve()))]);
  if (await settlesWithin(closed, graceMs)) return { cut: 0 };
  const cut = calls.count(); // before forceShutdown: its cancellations end the calls
  server.forceShutdown();
  await closed;
  return { cut };
}

export async function startGrpcServer(options: GrpcServerOptions): Promise<RunningGrpcServer> {
  const host = options.host ?? '127.0.0.1';
  const calls = trackCalls();
  const server = new Server({ 'grpc.max_receive_message_length': options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES });
  server.addService(loadVideoProto().xai_api.Video.service, createVideoServiceHandlers(options.core, { ...options, inFlight: calls }));
  const listener = await listenGrpc(server, host, options.port ?? DEFAULT_GRPC_PORT).catch((error: unknown) => {
    server.forceShutdown();
    throw error;
  });
  const hostPart = host.includes(':') ? `[${host}]` : host;
  let stopping: Promise<GrpcStopReport> | undefined;
  // A second stop or close waits for the first.
  const stop = ({ graceMs = 0 } = {}) => (stopping ??= shutDown(server, listener, calls, graceMs));
  return {
    host,
    port: listener.port,
    target: `${hostPart}:${listener.port}`,
    inFlight: () => calls.count(),
    stop,
    close: () => stop().then(() => undefined),
  };
}
