// Raw bytes to the Node host over node:net, for what an HTTP client library would refuse
// to send (a NUL in a path, Transfer-Encoding with Content-Length, a 20 KB header line)
// and for watching what the server does with the socket. The mock frames every answer with
// Content-Length, so answers are split by it: enough to read them, not an HTTP parser.
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The body as JSON, when it is JSON. */
  json: any;
}

export interface RawExchange {
  answers: RawAnswer[];
  /** Whether the server closed the connection (rather than the fail-safe closing it). */
  closedByServer: boolean;
  /** Bytes left over that are not a whole answer. */
  rest: string;
}

/** No wait is measured: only a server that never closes (a hang) meets this, and fails. */
const HANG_MS = 15_000;

/** `bodiless`: the answers are to HEAD requests (a Content-Length, no body). */
export function splitAnswers(text: string, bodiless = false): { answers: RawAnswer[]; rest: string } {
  const answers: RawAnswer[] = [];
  let rest = text;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) break;
    const [statusLine = '', ...lines] = rest.slice(0, end).split('\r\n');
    const headers = Object.fromEntries(
      lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    const length = bodiless ? 0 : Number(headers['content-length'] ?? 0);
    if (rest.length < end + 4 + length) break;
    const body = rest.slice(end + 4, end + 4 + length);
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
    answers.push({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body, json });
    rest = rest.slice(end + 4 + length);
  }
  return { answers, rest };
}

export function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1' }, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends `chunks` (written one after another) and reads until the server closes the connection. */
export async function rawExchange(port: number, chunks: readonly (string | Buffer)[], bodiless = false): Promise<RawExchange> {
  const socket = await openSocket(port);
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    let closedByServer = true;
    const failSafe = setTimeout(() => {
      closedByServer = false;
      socket.destroy();
    }, HANG_MS);
    socket.on('data', (data: Buffer) => received.push(data));
    socket.on('error', () => {}); // a reset after the answer: what arrived is judged
    socket.on('close', () => {
      clearTimeout(failSafe);
      resolve({ ...splitAnswers(Buffer.concat(received).toString('latin1'), bodiless), closedByServer });
    });
    for (const chunk of chunks) socket.write(chunk);
  });
}

/** One request head (CRLF line ends), `connection: close` unless the lines say otherwise. */
export function head(requestLine: string, headerLines: readonly string[] = [], body = ''): string {
  const lines = [requestLine, 'Host: 127.0.0.1', ...headerLines];
  if (!headerLines.some((line) => /^connection:/i.test(line))) lines.push('Connection: close');
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
