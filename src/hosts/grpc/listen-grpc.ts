// Where the gRPC host listens: a node:net server of its own, each connection handed to
// grpc-js through its connection injector, instead of grpc-js's bindAsync. bindAsync
// reports a taken port only as text ("No address added out of total 1 resolved errors:
// [listen EADDRINUSE ...]", no code) and first prints that line to stderr through grpc-js's
// process-wide logger; listening here, Node's own error arrives, with its code, and grpc-js
// prints nothing. Like the HTTP host, it listens on the one address `host` resolves to.
import { createServer } from 'node:net';
import { type Server, ServerCredentials } from '@grpc/grpc-js';
import { listenError } from '../internal/port-in-use.js';

export interface GrpcListener {
  port: number;
  /** Stops accepting; resolves once every connection it accepted has closed. */
  close(): Promise<void>;
}

/** A taken port is a PortInUseError for `grpcPort`; any other failure keeps Node's error as its cause. */
function bindError(error: unknown, host: string, port: number): unknown {
  const inUse = listenError(error, host, port, 'grpcPort');
  if (inUse !== error) return inUse;
  const address = `${host.includes(':') ? `[${host}]` : host}:${port}`;
  return new Error(`gRPC host: cannot listen on ${address}: ${(error as Error).message}`, { cause: error });
}

export function listenGrpc(server: Server, host: string, port: number): Promise<GrpcListener> {
  const injector = server.createConnectionInjector(ServerCredentials.createInsecure());
  // No Nagle delay on small messages, as gRPC's other servers set.
  const listener = createServer({ noDelay: true }, (socket) => injector.injectConnection(socket));
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(bindError(error, host, port));
    listener.once('error', onError);
    listener.listen(port, host, () => {
      // An error once listening is not a start-up error (grpc-js's bindAsync stops listening for it too).
      listener.off('error', onError);
      const bound = listener.address() as { port: number };
      resolve({ port: bound.port, close: () => new Promise((done) => listener.close(() => done())) });
    });
  });
}
