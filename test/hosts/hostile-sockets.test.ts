// Hostile bytes on real sockets: what node:http's parser refuses, request smuggling shapes,
// pipelining, HTTP/1.0, absurd Range headers on the video files and path tricks on every
// route. Each gets a documented answer in the live error shape (a 4xx; a 2xx/206/416 where
// that is right), never a 5xx, never a hang; afterwards the server still answers. The
// bodies' structure (nesting, duplicate keys, BOM, huge numbers) is test/server's and
// test/fuzz's, in-process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/hosts/index.js';
import { ROUTE_TABLE } from '../../src/server/index.js';
import { createJob, poll } from '../server/mock-kit.js';
import { head, type RawAnswer, rawExchange } from './raw-http.js';

let mock: RunningMockServer;
const logLines: string[] = [];
let videoPath = '';

beforeAll(async () => {
  mock = await startMockServer({ port: 0, timing: 'instant', strict: true, log: (line) => logLines.push(line) });
  const id = await createJob(mock.url);
  videoPath = new URL((await poll(mock.url, id)).body.video.url).pathname;
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

function expectLiveError(answer: RawAnswer, status: number, code: string, fragment = ''): void {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toBe('application/json');
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
  ['HTTP/1.1 without Host', 'GET /__mock/health HTTP/1.1\r\nConnection: close\r\n\r\n', 400, 'invalid-argument', 'no Host header'],
  ['an HTTP/2 preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 400, 'invalid-argument', ''],
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

describe('absurd Range headers on a video file', () => {
  const ranged = (range: string, method = 'GET') => only(head(`${method} ${videoPath} HTTP/1.1`, [`Range: ${range}`]));

  it('a range within the file or past its end → 206 of what exists', async () => {
    const first = await ranged('bytes=0-99');
    expect(first.status).toBe(206);
    expect(first.body).toHaveLength(100);
    const size = Number(first.headers['content-range']!.split('/')[1]);
    for (const range of ['bytes=0-99999999999999999999999', 'bytes=-99999999999999999999']) {
      const whole = await ranged(range);
      expect(whole.status, range).toBe(206);
      expect(whole.headers['content-range'], range).toBe(`bytes 0-${size - 1}/${size}`);
      expect(whole.body, range).toHaveLength(size);
    }
    const headOnly = await ranged('bytes=0-99', 'HEAD');
    expect([headOnly.status, headOnly.headers['content-length'], headOnly.body]).toEqual([206, '100', '']);
  });

  it('a start past the end, or an empty suffix → 416 with the size, the header not echoed whole', async () => {
    for (const range of ['bytes=99999999999999999999-', 'bytes=-0', `bytes=${'9'.repeat(5000)}-`]) {
      const answer = await ranged(range);
      expectLiveError(answer, 416, 'range-not-satisfiable', 'outside the');
      expect(answer.headers['content-range'], range).toMatch(/^bytes \*\/\d+$/);
      expect(answer.body.length, range).toBeLessThan(300);
    }
  });

  it('negative, multiple, reversed, other units and garbage are ignored (RFC 9110 lets a server): 200, the whole file', async () => {
    for (const range of [
      'bytes=-5-10',
      'bytes=0-1,5-9',
      `bytes=${'0-1,'.repeat(2000)}0-1`,
      'bytes=5-3',
      'items=0-5',
      'bytes=abc',
      '\u00ff\u00fe',
    ]) {
      const answer = await ranged(range);
      expect(answer.status, range).toBe(200);
      expect(answer.headers['content-type'], range).toBe('video/mp4');
    }
  });
});

/** The path tricks tried on every route; none may reach another route or a file. */
function tricks(path: string): string[] {
  const concrete = path.replace(/\{[a-z_]+\}/g, 'x');
  return [
    `${concrete}/..`,
    `${concrete}/../__mock/health`,
    `${concrete}/%2e%2e/%2e%2e/package.json`,
    `/${concrete}`,
    `${concrete.replace(/\//g, '//')}`,
    `${concrete}%2F..%2F..`,
    `${concrete}%00`,
    `${concrete}/${'a'.repeat(8000)}`,
    `/..${concrete}`,
  ];
}

describe('path tricks on every route', () => {
  const paths = [...new Set(ROUTE_TABLE.map((entry) => entry.path)), '/', '/docs', '/openapi.yaml'];

  it.each(paths)('%s: `..`, `%%2e%%2e`, `//`, encoded slashes, NUL, long paths, any method → a 4xx in the live shape', async (path) => {
    for (const trick of tricks(path)) {
      for (const method of ['GET', 'POST', 'DELETE', 'HEAD']) {
        const answer = await only(head(`${method} ${trick} HTTP/1.1`, [AUTH, JSON_TYPE, 'Content-Length: 2'], '{}'));
        expect(answer.status, `${method} ${trick.slice(0, 80)}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${method} ${trick.slice(0, 80)}`).toBeLessThan(500);
        if (method !== 'HEAD') expect(Object.keys(answer.json ?? {}).sort(), `${method} ${trick.slice(0, 80)}`).toEqual(['code', 'error']);
        expect(answer.body.length, 'no long echo').toBeLessThan(1000);
      }
    }
  });
});

describe('after all of it', () => {
  it('the server still answers, logged no 5xx and no unexpected error', async () => {
    expect((await fetch(`${mock.url}/__mock/health`)).status).toBe(200);
    const entries = logLines.map((line) => JSON.parse(line));
    expect(entries.filter((entry) => entry.level === 'error' || entry.msg === 'unexpected error')).toEqual([]);
    expect(entries.filter((entry) => entry.status >= 500)).toEqual([]);
    expect(entries.some((entry) => entry.msg === 'client error' && entry.status === 431)).toBe(true);
  });
});
