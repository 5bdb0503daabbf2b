// Hostile paths and Range headers on real sockets (raw bytes: a client library would
// normalise or refuse them): absurd Range headers on the video files, and path tricks on
// every route and page. Each gets a documented 4xx in the live error shape (or a 200/206/416
// where that is right), never a 5xx, never a hang, and the server goes on answering.
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

async function only(bytes: string): Promise<RawAnswer> {
  const exchange = await rawExchange(mock.port, [bytes], bytes.startsWith('HEAD '));
  expect(exchange.closedByServer, 'the server closes the connection').toBe(true);
  expect(exchange.answers, 'one answer').toHaveLength(1);
  return exchange.answers[0]!;
}

function expectLiveError(answer: RawAnswer, status: number, code: string, fragment: string): void {
  expect(answer.status).toBe(status);
  expect(answer.json).toEqual({ code, error: expect.stringContaining(fragment) });
}

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
  it('the server still answers, and logged no 5xx and no error', async () => {
    expect((await fetch(`${mock.url}/__mock/health`)).status).toBe(200);
    const entries = logLines.map((line) => JSON.parse(line));
    expect(entries.length).toBeGreaterThan(100);
    expect(entries.filter((entry) => entry.level === 'error' || entry.level >= 50 || entry.status >= 500)).toEqual([]);
  });
});
