// A loopback TCP server that accepts connections, reads what it is sent and never writes a
// byte: a Redis that holds its connections and answers nothing, without redis-server (a
// paused redis-server, test/support/redis-server.ts, needs the binary and SIGSTOP).
import { createServer, type Socket } from 'node:net';

export interface SilentServer {
  url: string;
  /** Resolves once the clients together have sent `text` (a command's name, in any case). */
  received(text: string): Promise<void>;
  close(): Promise<void>;
}

export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  const waiting = new Set<() => void>();
  let seen = '';
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk) => {
      seen += chunk.toString('latin1').toLowerCase();
      for (const check of waiting) check();
    });
    socket.on('error', () => undefined); // a client's reset ends the socket, nothing more
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `redis://127.0.0.1:${port}`,
    // No timer of its own (a test may fake them): the test's timeout bounds the wait.
    received: (text) =>
      new Promise((resolve) => {
        const check = () => {
          if (!seen.includes(text.toLowerCase())) return;
          waiting.delete(check);
          resolve();
        };
        waiting.add(check);
        check();
      }),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
