// What the Node host answers when node:http's parser refuses a request, or a client is too
// slow: node:http's default is a bare status line (`400 Bad Request`, no body). Here the
// answer is the live error shape (`{code, error}`, src/server/error-catalogue.ts) with the
// status that says why, and `connection: close`. The socket is then closed the way HTTP
// servers close (RFC 9112 §9.6): our side first, reading what the client still sends for a
// moment, so that the answer is not lost to a TCP reset.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { type ApiError, apiError, type MockReply, type NormalisedMockOptions } from '../../server/index.js';

type Limits = Pick<NormalisedMockOptions, 'headersTimeoutMs' | 'requestTimeoutMs' | 'maxHeaderBytes'>;

/** The longest a refused socket stays open for its answer to get through. */
const LINGER_MS = 1_000;

/** Sockets already answered this way: their later bytes are read and dropped, never answered. */
const closing = new WeakSet<Duplex>();
let anyClosing = false; // until the first, every request skips the lookup

export const isClosing = (socket: Duplex): boolean => anyClosing && closing.has(socket);

/** llhttp's reasons are fixed texts ("Invalid header value char"): safe to quote, never the client's bytes. */
function reasonOf(error: NodeJS.ErrnoException & { reason?: unknown }): string {
  const reason = typeof error.reason === 'string' && error.reason !== '' ? error.reason : (error.code ?? 'parse error');
  return reason.slice(0, 100);
}

/** The answer to a client error from node:http, or undefined when there is no one to answer (a reset). */
export function clientErrorAnswer(error: NodeJS.ErrnoException, limits: Limits): ApiError | undefined {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return apiError('431 request-header-fields-too-large', 'tooLarge', { maxBytes: limits.maxHeaderBytes });
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return apiError('413 payload-too-large', 'chunkExtensions');
    case 'HPE_PAUSED_H2_UPGRADE': // `PRI * HTTP/2.0`: an HTTP/2 client with prior knowledge (a gRPC channel at the wrong port)
      return apiError('505 http-version-not-supported', 'h2Preface');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return apiError('408 request-timeout', 'tooSlow', { headersMs: limits.headersTimeoutMs, requestMs: limits.requestTimeoutMs });
    default:
      return error.code?.startsWith('HPE_') ? apiError('400 invalid-argument', 'malformedRequest', { reason: reasonOf(error) }) : undefined;
  }
}

/** A whole HTTP/1.1 response, for a socket that has no ServerResponse to write with. */
export function rawResponse(answer: MockReply): string {
  const body = JSON.stringify(answer.json);
  const extra = Object.entries(answer.headers).map(([name, value]) => `${name}: ${value}\r\n`);
  return (
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ''}\r\n` +
    `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n${extra.join('')}connection: close\r\n\r\n${body}`
  );
}

type InFlight = {
  headersSent: boolean;
  writableFinished: boolean;
  req?: { complete: boolean };
  once(event: 'finish', f: () => void): void;
};

/**
 * Ends the socket with `answer` (if it can still take one), then closes it after a short
 * linger. A response in flight to an earlier, whole request (pipelining) is let finish
 * first: the refusal is the answer to the request after it, so it is written after it.
 */
export function answerAndClose(socket: Duplex, answer: MockReply | undefined, lingerMs = LINGER_MS): void {
  if (closing.has(socket)) return; // the parser reports every later chunk again: answered once
  closing.add(socket);
  anyClosing = true;
  const endWith = () => {
    if (answer && socket.writable) socket.end(rawResponse(answer));
    else socket.end();
    const timer = setTimeout(() => socket.destroy(), lingerMs);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
  const inFlight = (socket as Duplex & { _httpMessage?: InFlight })._httpMessage;
  if (inFlight?.req?.complete) {
    if (inFlight.writableFinished) endWith();
    else inFlight.once('finish', endWith);
    return;
  }
  // The broken request is the one in flight: as node:http's own handler, never write into a response that has started.
  if (inFlight?.headersSent) answer = undefined;
  endWith();
}

/**
 * node:http's `clientError` listener: the right status in the live shape, then close.
 * `finish` adds what every answer carries (the core's `refuse`: x-request-id, CORS).
 */
export function onClientError(limits: Limits, finish: (error: ApiError) => MockReply, onAnswer?: (status: number) => void) {
  const lingerMs = Math.min(LINGER_MS, limits.headersTimeoutMs);
  return (error: NodeJS.ErrnoException, socket: Duplex): void => {
    const answer = clientErrorAnswer(error, limits);
    if (!closing.has(socket) && answer) onAnswer?.(answer.status);
    if (answer === undefined) return void socket.destroy(); // reset by the client: no one to answer
    answerAndClose(socket, finish(answer), lingerMs);
  };
}
