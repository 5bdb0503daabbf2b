// node:http's request listener: each request through the core, one access-log line each.
// Before the core: a socket over the connection bound gets its 503, a request line of
// another HTTP version its 505 (llhttp parses `HTTP/2.0` and `HTTP/0.9` as if they were
// 1.x; RFC 9110 §15.6.6), an HTTP/1.1 request without Host its 400 (RFC 9112 §3.2;
// node:http's own check answers a bare 400, so it is off and done here), a socket
// already refused is not answered again.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApiError, apiError, type MockAnswer, type MockCore, type MockReply, RESET_CONNECTION } from '../../server/index.js';
import type { AccessLog } from '../internal/access-log.js';
import type { ConnectionTracker } from './connection-tracker.js';
import { send, toMockRequest } from './node-request.js';
import { isClosing } from './socket-answers.js';
import type { TurnWriter } from './turn-writer.js';

export interface ListenerDeps {
  core: MockCore;
  tracker: ConnectionTracker;
  accessLog: AccessLog | undefined;
  /** Where the server listens, for a request without Host (HTTP/1.0). */
  fallbackHost: () => string;
  /** The mock's log, for its own unexpected errors. */
  log: (line: string) => void;
  /** When an answer is written: at once, or with the others of a busy turn. */
  writeInTurn: TurnWriter;
}

/** An answer the host gives without the core (and then closes the connection). */
function refusal(req: IncomingMessage, tracker: ConnectionTracker, maxConnections: number): ApiError | undefined {
  if (tracker.isOverBound(req.socket)) {
    return apiError('503 unavailable', 'tooManyConnections', { max: maxConnections }, { 'retry-after': '1' });
  }
  if (req.httpVersionMajor !== 1) {
    return apiError('505 http-version-not-supported', 'unsupported', { version: req.httpVersion });
  }
  if (req.httpVersion === '1.1' && !req.headers.host) {
    return apiError('400 invalid-argument', 'malformedRequest', { reason: 'no Host header' });
  }
  return undefined;
}

export function createRequestListener({ core, tracker, accessLog, fallbackHost, log: writeLog, writeInTurn }: ListenerDeps) {
  const log = (req: IncomingMessage, status: number, started: number, answer?: MockReply) =>
    accessLog?.({
      method: req.method ?? 'GET',
      path: (req.url ?? '/').split('?', 1)[0]!,
      status,
      request_id: answer?.jobId,
      x_request_id: answer?.headers['x-request-id'] ?? '',
      duration_ms: Math.round((performance.now() - started) * 100) / 100,
    });
  // The last line of defence: a bug while answering is logged and the socket closed, never a crash.
  const failed = (res: ServerResponse, error: unknown) => {
    writeLog(JSON.stringify({ level: 'error', msg: 'unexpected error', error: String((error as Error)?.stack ?? error) }));
    res.destroy();
  };
  const deliver = (req: IncomingMessage, res: ServerResponse, answer: MockReply, started: number) => {
    try {
      // A client gone (or timed out and answered 408) is logged with the core's answer, not written to.
      if (!res.destroyed) send(req, res, answer, tracker.draining());
      log(req, answer.status, started, answer);
    } catch (error) {
      failed(res, error);
    }
  };
  const finish = (req: IncomingMessage, res: ServerResponse, answer: MockAnswer, started: number, bodyRead: boolean) => {
    try {
      if (answer === RESET_CONNECTION) {
        req.socket.destroy();
        return log(req, 0, started);
      }
      if (!bodyRead) req.resume(); // an unread body is drained, so keep-alive goes on
      writeInTurn(() => deliver(req, res, answer, started));
    } catch (error) {
      failed(res, error);
    }
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    if (isClosing(req.socket)) return void req.socket.destroy();
    const started = accessLog ? performance.now() : 0; // only the access log reads it
    const refused = refusal(req, tracker, core.options.maxConnections);
    if (refused) {
      req.resume();
      const reply = core.refuse(refused);
      send(req, res, reply, true);
      log(req, reply.status, started, reply);
      return;
    }
    let bodyRead = false;
    const answer = core.handle(toMockRequest(req, fallbackHost(), () => (bodyRead = true)));
    if (answer instanceof Promise) {
      tracker.awaiting(res);
      answer.then((settled) => finish(req, res, settled, started, bodyRead));
    } else finish(req, res, answer, started, bodyRead);
  };
}
