// Programmatic start for tests in this and other repositories: awaitable, ephemeral port
// with `port: 0`, and a close that ends keep-alive connections too.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../lifecycle/index.js';
import { loadPrecompiledValidators } from '../spec/index.js';
import { createMockHandler } from '../server/mock-core.js';
import { resetMockContext } from '../server/mock-context.js';
import { normaliseMockOptions, type MockServerOptions, type NormalisedMockOptions } from '../server/mock-options.js';

export interface RunningMockServer {
  /** Base URL, e.g. http://127.0.0.1:4010 (use it as the client's baseUrl). */
  url: string;
  port: number;
  options: NormalisedMockOptions;
  /** The mock's clock: `clock.advance(ms)` moves every job forward. */
  clock: Clock;
  /** Same as POST /__mock/reset. */
  reset(): void;
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const normalised = normaliseMockOptions(options);
  const handler = createMockHandler(normalised, await loadPrecompiledValidators());
  const server = createServer({ keepAliveTimeout: 5000 }, handler.handle);
  // A client that stalls mid-request must not hold a socket forever.
  server.requestTimeout = 60_000;
  server.headersTimeout = 30_000;
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(normalised.port, normalised.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = normalised.host.includes(':') ? `[${normalised.host}]` : normalised.host;
  normalised.port = port;
  return {
    url: `http://${host}:${port}`,
    port,
    options: normalised,
    clock: handler.context.clock,
    reset: () => resetMockContext(handler.context),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
