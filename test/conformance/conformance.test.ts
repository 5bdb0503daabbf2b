// One conformance suite, as hono runs one suite against all its routers: every case of
// conformance-cases.ts against the Node server, the fetch handler and the MSW handlers,
// each on the same fake wall clock. Every host must meet each case's expectations, and
// all hosts must answer each case identically (after normalising ids and origins).
// The expected answers are in expectations.json, reviewed by hand; UPDATE_CONFORMANCE=1
// rewrites it from the Node host (then read the diff before committing it).
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES, type ConformanceCase, type Exchange, JSON_HEADERS, type Observation, observe, WALL_MS } from './conformance-cases.js';
import { HOSTS, type MockHost } from './mock-hosts.js';

const EXPECTATIONS_FILE = new URL('./expectations.json', import.meta.url);
const UPDATE = process.env.UPDATE_CONFORMANCE === '1';
const EXPECTATIONS: Record<string, Observation[]> = UPDATE ? {} : JSON.parse(readFileSync(EXPECTATIONS_FILE, 'utf8'));

const transcripts = new Map<string, Map<MockHost['name'], Observation[]>>();

async function runCase(host: MockHost, testCase: ConformanceCase): Promise<Observation[]> {
  let wallMs = WALL_MS;
  const running = await host.start({ strict: true, now: () => wallMs, ...testCase.options });
  const exchange: Exchange = {
    send: (path, init) => observe(running, path, init),
    async create(prefer, body = { prompt: 'a cat', duration: 1 }) {
      const headers = { ...JSON_HEADERS, ...(prefer ? { prefer } : {}) };
      const response = await running.fetch(`${running.baseUrl}/v1/videos/generations`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      });
      if (response.status !== 200) throw new Error(`create failed on ${host.name}: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { request_id: string }).request_id;
    },
    advance: (ms) => {
      wallMs += ms;
    },
    origin: running.baseUrl,
  };
  try {
    return await testCase.run(exchange);
  } finally {
    await running.close();
  }
}

describe.each(HOSTS.map((host) => [host.name, host] as const))('the %s host', (name, host) => {
  for (const testCase of CASES) {
    const reason = testCase.skip?.[name];
    it.skipIf(reason !== undefined)(`${testCase.name}${reason ? ` (skipped: ${reason})` : ''}`, async () => {
      const observed = await runCase(host, testCase);
      if (UPDATE && name === 'node') EXPECTATIONS[testCase.name] = observed;
      expect(observed).toEqual(EXPECTATIONS[testCase.name]);
      const byHost = transcripts.get(testCase.name) ?? new Map();
      transcripts.set(testCase.name, byHost.set(name, observed));
    });
  }
});

afterAll(() => {
  if (UPDATE) writeFileSync(EXPECTATIONS_FILE, `${JSON.stringify(EXPECTATIONS, null, 2)}\n`);
});

describe('across hosts', () => {
  it('every case that ran on several hosts was answered identically', () => {
    let compared = 0;
    for (const [name, byHost] of transcripts) {
      const [first, ...others] = [...byHost.entries()];
      for (const [host, observed] of others) {
        expect(observed, `${name}: ${host} vs ${first![0]}`).toEqual(first![1]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(CASES.length);
  });
});
