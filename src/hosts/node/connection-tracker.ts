// The Node host's connections and requests in flight: the bound on connections, and the
// drain of a stop. node:http's own `maxConnections` closes a connection over the bound at
// accept, without a word; here a connection over the bound is kept just long enough for
// its request head to arrive (under the headers timeout) and is answered 503 in the live
// error shape, with Retry-After and `connection: close`: a client (and an operator reading
// the access log) is told why. Only past twice the bound does node:http drop connections
// at accept, so a flood costs no more than that many sockets.
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { settlesWithin } from '../internal/settles-within.js';

export interface ConnectionTracker {
  /** A socket accepted over the bound: its requests are answered 503, then it is closed. */
  isOverBound(socket: Socket): boolean;
  /**
   * Counts a request whose answer is still to come (the core answered with a promise) in
   * flight until its response closes. A synchronous answer is written within its turn of
   * the event loop (at once, or at the turn's end by the turn writer), before a stop's grace
   * can run out, and node:http leaves its connection open meanwhile (the response is not
   * finished), so it is never counted, and costs no listener.
   */
  awaiting(res: ServerResponse): void;
  /** Requests in flight now. */
  inFlight(): number;
  /** Whether a stop is draining: answers then carry `connection: close`. */
  draining(): boolean;
  /**
   * Stops accepting, lets the requests in flight finish for up to `graceMs`, then closes
   * every connection left. Resolves once all are closed, with how many requests were cut.
   */
  drain(graceMs: number): Promise<{ cut: number }>;
}

export function trackConnections(server: Server, maxConnections: number): ConnectionTracker {
  server.maxConnections = maxConnections * 2;
  const admitted = new Set<Socket>();
  const overBound = new WeakSet<Socket>();
  let anyOverBound = false; // until the first, every request skips the lookup
  let inFlight = 0; // a count is enough: each response's 'close' fires once
  let draining = false;
  server.on('connection', (socket: Socket) => {
    if (admitted.size >= maxConnections) {
      anyOverBound = true;
      return void overBound.add(socket);
    }
    admitted.add(socket);
    socket.once('close', () => admitted.delete(socket));
  });

  // One function for every response (a response closes once): no closure per request.
  const closed = () => {
    inFlight--;
    // A keep-alive connection that just went idle is closed now, not after keepAliveTimeout.
    if (draining) server.closeIdleConnections();
  };
  const awaiting = (res: ServerResponse) => {
    inFlight++;
    res.on('close', closed);
  };

  async function drain(graceMs: number): Promise<{ cut: number }> {
    draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (await settlesWithin(closed, graceMs)) return { cut: 0 };
    const cut = inFlight;
    server.closeAllConnections();
    await closed;
    return { cut };
  }

  return {
    isOverBound: (socket) => anyOverBound && overBound.has(socket),
    awaiting,
    inFlight: () => inFlight,
    draining: () => draining,
    drain,
  };
}
