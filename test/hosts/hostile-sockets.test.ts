// Hostile bytes on real sockets: what node:http's parser refuses, request smuggling shapes,
// pipelining, HTTP/1.0 (Range headers and path tricks: hostile-paths.test.ts). Each gets a
// documented answer in the live error shape (a 4xx; a 2xx where that is right; 505 for
// another HTTP version, the one 5xx that is the client's), never another 5xx, never a hang; afterwards the server still answers. The bodies' structure (nesting, duplicate keys, BOM, huge numbers) is test/server's and
// test/fuzz's, in-process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/hosts/index.js';
import { createJob } from '../server/mock-kit.js';
import { head, type RawAnswer, rawExchange } from './raw-http.js';

let mock: RunningMockServer;
const logLines: string[] = [];

beforeAll(async () => {
  mock = await startMockServer({ port: 0, timing: 'instant', strict: true, log: (line) => logLines.push(line) });
});
afterAll(() => mock?.close());

const AUTH = 'Authorization: Bearer test-key';
const JSON_TYPE = 'Content-Type: application/json';

async function only(bytes: string | Buffer): Promise<RawAnswer> {
  const exchange = await rawExchange(mock.port, [bytes], bytes.toString().startsWith('HEAD '));
  expect(exchange.closedByServer, 'the server closes the connection').toBe(true);
  expect(exchange.answers, 'one answer').toHaveLength(1);
  return exchange.answers[0]!;
}

/** Every answer, the parser's refusals too: the live shape, an x-request-id, and CORS (a browser can read a 431). */
function expectLiveError(answer: RawAnswer, status: number, code: string, fragment = ''): void {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toBe('application/json');
  expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(answer.headers['access-control-allow-origin']).toBe('*');
  expect(answer.json).toEqual({ code, error: expect.stringContaining(fragment) });
}

/** [what, the bytes, status, code, a fragment of the message] */
const REFUSED: [string, string, number, string, string][] = [
  [
    'a 20 KB header line',
    head('GET /__mock/health HTTP/1.1', [`X-Long: ${'a'.repeat(20_000)}`]),
    431,
    'request-header-fields-too-large',
    '16384 bytes',
  ],
  [
    '3,000 headers',
    head(
      'GET /__mock/health HTTP/1.1',
      Array.from({ length: 3000 }, (_, i) => `X-H${i}: v`),
    ),
    431,
    'request-header-fields-too-large',
    '',
  ],
  ['a 20 KB path', head(`GET /${'a'.repeat(20_000)} HTTP/1.1`), 431, 'request-header-fields-too-large', ''],
  [
    'Transfer-Encoding with Content-Length (request smuggling)',
    head('POST /v1/videos/generations HTTP/1.1', [AUTH, JSON_TYPE, 'Transfer-Encoding: chunked', 'Content-Length: 5'], '0\r\n\r\n'),
    400,
    'invalid-argument',
    'Content-Length',
  ],
  [
    'two Content-Lengths',
    head('POST /v1/videos/generations HTTP/1.1', ['Content-Length: 5', 'Content-Length: 6'], 'hello'),
    400,
    'invalid-argument',
    'Duplicate Content-Length',
  ],
  [
    'chunked, then identity',
    head('POST /v1/videos/generations HTTP/1.1', ['Transfer-Encoding: chunked', 'Transfer-Encoding: identity'], '0\r\n\r\n'),
    400,
    'invalid-argument',
    'Transfer-Encoding',
  ],
  [
    'a Content-Length past 2^64',
    head('POST /v1/videos/generations HTTP/1.1', ['Content-Length: 99999999999999999999999']),
    400,
    'invalid-argument',
    'overflow',
  ],
  [
    'a negative Content-Length',
    head('POST /v1/videos/generations HTTP/1.1', ['Content-Length: -1']),
    400,
    'invalid-argument',
    'Content-Length',
  ],
  [
    'a bad chunk size',
    head('POST /v1/videos/generations HTTP/1.1', [AUTH, JSON_TYPE, 'Transfer-Encoding: chunked'], 'zz\r\n{}\r\n0\r\n\r\n'),
    400,
    'invalid-argument',
    'not valid HTTP/1.1',
  ],
  [
    'a 20 KB chunk extension',
    head(
      'POST /v1/videos/generations HTTP/1.1',
      [AUTH, JSON_TYPE, 'Transfer-Encoding: chunked'],
      `2;${'a'.repeat(20_000)}\r\n{}\r\n0\r\n\r\n`,
    ),
    413,
    'payload-too-large',
    'chunk extensions',
  ],
  ['a folded header line', head('GET /__mock/health HTTP/1.1', ['X-A: b', ' folded']), 400, 'invalid-argument', ''],
  ['a control character in a header', head('GET /__mock/health HTTP/1.1', ['X-A: b\x01c']), 400, 'invalid-argument', 'header value'],
  ['bare LF line ends', 'GET /__mock/health HTTP/1.1\nHost: x\nConnection: close\n\n', 400, 'invalid-argument', 'CRLF'],
  ['an HTTP/2.0 request line', head('GET /__mock/health HTTP/2.0'), 505, 'http-version-not-supported', 'HTTP/2.0 is not supported'],
  ['an HTTP/0.9 request line', head('GET /__mock/health HTTP/0.9'), 505, 'http-version-not-supported', 'HTTP/0.9'],
  ['HTTP/1.1 without Host', 'GET /__mock/health HTTP/1.1\r\nConnection: close\r\n\r\n', 400, 'invalid-argument', 'no Host header'],
  ['an HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 505, 'http-version-not-supported', '--grpc-port'],
  ['an unknown method', head('FOO /__mock/health HTTP/1.1'), 400, 'invalid-argument', 'method'],
  ['CONNECT', 'CONNECT 127.0.0.1:80 HTTP/1.1\r\nHost: 127.0.0.1:80\r\n\r\n', 400, 'invalid-argument', 'not a proxy'],
  ['a NUL in the path', head('GET /v1/videos/a\0b HTTP/1.1', [AUTH]), 400, 'invalid-argument', 'url'],
  ['a space in the path', head('GET /v1/videos/a b HTTP/1.1', [AUTH]), 400, 'invalid-argument', ''],
  [
    'Expect: other than 100-continue',
    head('POST /v1/videos/generations HTTP/1.1', ['Expect: teapot', 'Content-Length: 2'], '{}'),
    417,
    'expectation-failed',
    'teapot',
  ],
];

describe('what the HTTP parser refuses: the status that says why, in the live shape, then close', () => {
  const cases = REFUSED.map(([name, bytes, status, code, fragment]) => [name, status, code, fragment, bytes] as const);
  it.each(cases)('%s → %i %s', async (_name, status, code, fragment, bytes) => {
    expectLiveError(await only(bytes), status, code, fragment);
  });
});

describe('what the parser takes is answered as usual', () => {
  it('500 small headers, HTTP/1.0 (no Host) and a known method elsewhere are answered', async () => {
    expect(
      (
        await only(
          head(
            'GET /__mock/health HTTP/1.1',
            Array.from({ length: 500 }, (_, i) => `X-H${i}: v`),
          ),
        )
      ).status,
    ).toBe(200);
    const old = await only('GET /__mock/health HTTP/1.0\r\n\r\n');
    expect(old.status).toBe(200);
    expect(old.json).toMatchObject({ status: 'ok' });
    expectLiveError(await only(head('PROPFIND /__mock/health HTTP/1.1')), 405, 'method-not-allowed', 'PROPFIND');
    expectLiveError(await only(head('GET http://evil.example/__mock/health HTTP/1.1')), 404, 'not-found', 'No route');
  });

  it('pipelined requests are answered in order, on one connection', async () => {
    const id = await createJob(mock.url);
    const exchange = await rawExchange(mock.port, [
      head('GET /__mock/health HTTP/1.1', ['Connection: keep-alive']) +
        head(`GET /v1/videos/${id} HTTP/1.1`, [AUTH, 'Connection: keep-alive']) +
        head('GET /nope HTTP/1.1'),
    ]);
    expect(exchange.answers.map((a) => a.status)).toEqual([200, 200, 404]);
    expect(exchange.answers[1]!.json).toMatchObject({ status: 'done' });
    expect(exchange.closedByServer).toBe(true);
  });

  it('a refused request in a pipeline ends it: the ones before are answered, nothing after', async () => {
    const exchange = await rawExchange(mock.port, [
      head('GET /__mock/health HTTP/1.1', ['Connection: keep-alive']) +
        head('FOO / HTTP/1.1', ['Connection: keep-alive']) +
        head('GET /__mock/health HTTP/1.1'),
    ]);
    expect(exchange.answers.map((a) => a.status)).toEqual([200, 400]);
    expect(exchange.rest).toBe('');
  });
});

describe('after all of it', () => {
  it('the server still answers, logged no 5xx but the 505s and no unexpected error', async () => {
    expect((await fetch(`${mock.url}/__mock/health`)).status).toBe(200);
    const entries = logLines.map((line) => JSON.parse(line));
    expect(entries.filter((entry) => entry.level === 'error' || entry.msg === 'unexpected error')).toEqual([]);
    expect(entries.filter((entry) => entry.status >= 500 && entry.status !== 505)).toEqual([]);
    expect(entries.filter((entry) => entry.status === 505)).toHaveLength(3);
    expect(entries.some((entry) => entry.msg === 'client error' && entry.status === 431)).toBe(true);
  });
});
