// A loopback TCP server that accepts connections, reads what it is sent and never writes a
// byte: a Redis that holds its connections and answers nothing, without redis-server (a
// paused redis-server, test/support/redis-server.ts, needs the binary and SIGSTOP).
import { createServer, type Socket } from 'node:net';

export interface SilentServer {
  url: string;
  /**
   * Resolves once the clients have sent something since the last quiet() resolved (or since
   * the server started), and then nothing more for a whole turn of the event loop, its I/O
   * included: what a client sends at once is all in, and it is waiting (for an answer that
   * never comes, or on a timer). Whatever it sends, by its bytes only: no command names.
   */
  quiet(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One turn of the event loop: a setImmediate from an I/O callback runs before the next
 * poll for I/O, the one nested in it after that poll. No timer (a test may fake them).
 */
const loopTurn = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  const waiting = new Set<() => void>();
  let bytes = 0; // received so far, on every connection
  let quietAt = 0; // `bytes` when quiet() last resolved
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      for (const wake of waiting) wake();
    });
    socket.on('error', () => undefined); // a client's reset ends the socket, nothing more
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const somethingNew = () =>
    new Promise<void>((resolve) => {
      const wake = () => {
        if (bytes === quietAt) return;
        waiting.delete(wake);
        resolve();
      };
      waiting.add(wake);
      wake();
    });
  return {
    url: `redis://127.0.0.1:${port}`,
    // No timer of its own: the test's timeout bounds the wait.
    quiet: async () => {
      await somethingNew();
      for (let before = -1; before !== bytes; ) {
        before = bytes;
        await loopTurn();
      }
      quietAt = bytes;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
