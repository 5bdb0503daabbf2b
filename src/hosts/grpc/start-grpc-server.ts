// Serves the xai_api.Video service of the core over plaintext gRPC (HTTP/2 by
// @grpc/grpc-js). Plaintext is what the Python SDK expects of a local server: for an
// `api_host` starting with "localhost:" it uses local channel credentials (no TLS, but
// the bearer key is still sent) instead of TLS (xai_sdk/client.py create_channel_credentials).
import { Server, ServerCredentials } from '@grpc/grpc-js';
import { DEFAULT_GRPC_PORT } from '../../server/index.js';
import { loadVideoProto } from './load-video-proto.js';
import { createVideoServiceHandlers, type VideoServiceOptions } from './video-service-handlers.js';
import type { VideoCore } from './video-core.js';

export { DEFAULT_GRPC_PORT };
/** As the REST host's default body limit; gRPC's own default (4 MiB) would refuse a data-URI video. */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;
const CLOSE_GRACE_MS = 2000;

export interface GrpcServerOptions extends VideoServiceOptions {
  core: VideoCore;
  /** Default 127.0.0.1 (the SDK's "localhost:PORT" reaches it). */
  host?: string;
  /** Default 4011; 0 picks any free port. */
  port?: number;
  /** Largest request message accepted; bigger ones get RESOURCE_EXHAUSTED from grpc-js. */
  maxMessageBytes?: number;
}

export interface RunningGrpcServer {
  host: string;
  port: number;
  /** `host:port`, what a gRPC client dials. */
  target: string;
  /** Stops accepting calls, lets running ones finish (at most about 2 s), then closes. */
  close(): Promise<void>;
}

function bind(server: Server, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, ServerCredentials.createInsecure(), (error, port) => {
      if (error) reject(new Error(`gRPC host: cannot listen on ${address}: ${error.message} (is the port in use?)`));
      else resolve(port);
    });
  });
}

function shutDown(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.forceShutdown(), CLOSE_GRACE_MS);
    force.unref();
    server.tryShutdown(() => {
      clearTimeout(force);
      resolve();
    });
  });
}

export async function startGrpcServer(options: GrpcServerOptions): Promise<RunningGrpcServer> {
  const host = options.host ?? '127.0.0.1';
  const server = new Server({ 'grpc.max_receive_message_length': options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES });
  server.addService(loadVideoProto().xai_api.Video.service, createVideoServiceHandlers(options.core, options));
  const hostPart = host.includes(':') ? `[${host}]` : host;
  const port = await bind(server, `${hostPart}:${options.port ?? DEFAULT_GRPC_PORT}`);
  return { host, port, target: `${hostPart}:${port}`, close: () => shutDown(server) };
}
