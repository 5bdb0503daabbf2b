// The plumbing a paying target relies on, checked offline: the default selection spends
// at most one cheap job per operation, the cost is summed once per job in USD, requests
// are paced, downloads are probed for an MP4, recordings hold no key, and dredd's process
// never holds the key (auth proxy). Nothing here talks to the live API.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureRecorder } from '../../src/contract/fixture-recorder.js';
import type { FlowResult } from '../../src/contract/flow-runner.js';
import { CONTRACT_FLOWS } from '../../src/contract/flows/flow-catalogue.js';
import { LIVE_PACING } from '../../src/contract/pacing.js';
import { probeMp4 } from '../../src/contract/probe-mp4.js';
import { redactSecrets } from '../../src/contract/redact-secrets.js';
import { createRequestPacer } from '../../src/contract/request-pacer.js';
import { createSpendMeter, formatUsd } from '../../src/contract/spend-meter.js';
import type { RunningMockServer } from '../../src/hosts/index.js';
import { PLACEHOLDER_BEARER, startAuthProxy } from '../support/auth-proxy.js';
import { createMockRunner, MOCK_API_KEY, startContractMock } from '../support/contract-mock.js';

let mock: RunningMockServer;
beforeAll(async () => {
  mock = await startContractMock();
});
afterAll(() => mock?.close());

describe('the default (cheap) selection', () => {
  it('creates one generation, one extension and one edit; every other flow is free or skipped', async () => {
    const runner = createMockRunner(mock.url, { maxCost: 'cheap' });
    const results: FlowResult[] = [];
    for (const flow of CONTRACT_FLOWS) results.push(await runner.run(flow));
    const created = results.flatMap((r) => r.exchanges).filter((e) => e.label.startsWith('POST') && e.status === 200);
    // The lifecycle flows create jobs too, but only on a target that honours the mock's controls.
    const billable = created.filter((e) => !results.some((r) => r.flow.group === 'lifecycle' && r.exchanges.includes(e)));
    expect(billable.map((e) => e.label).sort()).toEqual([
      'POST /v1/videos/edits',
      'POST /v1/videos/extensions',
      'POST /v1/videos/generations',
    ]);
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    // 2 s at 480p, + 2 s extension, + an edit of the 2 s video: the cheapest possible chain.
    const spent = results.filter((r) => r.flow.group !== 'lifecycle').reduce((sum, r) => sum + r.spentTicks, 0);
    expect(spent).toBeGreaterThan(0);
    expect(spent).toBeLessThanOrEqual(0.4 * 10 ** 10);
    const billed = results.filter((r) => r.flow.cost === 'billed');
    expect(billed.length).toBeGreaterThan(0);
    for (const r of billed) expect(r.skipReason, r.flow.name).toMatch(/--include-billed/);
  });

  it('--free-only spends nothing', async () => {
    const runner = createMockRunner(mock.url, { maxCost: 'free' });
    const results: FlowResult[] = [];
    for (const flow of CONTRACT_FLOWS.filter((f) => f.group !== 'lifecycle')) results.push(await runner.run(flow));
    expect(runner.env.spend.totalTicks()).toBe(0);
    expect(results.filter((r) => r.flow.cost !== 'free').every((r) => r.outcome === 'skipped')).toBe(true);
    expect(results.filter((r) => r.outcome === 'passed').length).toBeGreaterThan(20);
  });
});

describe('the live pace', () => {
  it('polls every 5 s, keeps requests over a second apart and waits 15 minutes for a job', () => {
    expect(LIVE_PACING).toMatchObject({ pollIntervalMs: 5000, jobTimeoutMs: 15 * 60_000 });
    expect(LIVE_PACING.minRequestGapMs).toBeGreaterThanOrEqual(1000);
  });

  it('keeps requests a minimum gap apart', async () => {
    let now = 0;
    const slept: number[] = [];
    const pacer = createRequestPacer(1100, {
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    await pacer.turn();
    await pacer.turn();
    now = 5000;
    await pacer.turn();
    await pacer.turn();
    expect(slept).toEqual([1100, 1100]);
  });
});

describe('spend, MP4 probing, redaction', () => {
  it('sums ticks once per job, in USD (10^10 ticks = 1 USD)', () => {
    const spend = createSpendMeter();
    spend.record('a', 1_000_000_000);
    spend.record('a', 1_000_000_000);
    spend.record('b', 500_000_000);
    expect(spend.totalTicks()).toBe(1_500_000_000);
    expect(formatUsd(10 ** 10)).toBe('$1.0000');
    expect(spend.describe()).toBe('$0.1500 (1500000000 ticks, 2 billed jobs)');
  });

  it('recognises an MP4 by its ftyp box', () => {
    const ftyp = new Uint8Array([0, 0, 0, 24, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2'), 0, 0]);
    expect(probeMp4(ftyp)).toMatchObject({ isMp4: true, majorBrand: 'isom' });
    expect(probeMp4(Buffer.from('<html>not a video</html>')).isMp4).toBe(false);
  });

  it('redacts the key, JSON-escaped and URL-encoded too', () => {
    const key = 'xai-secret/123"x';
    const text = `Bearer ${key}; ${JSON.stringify(key)}; ?key=${encodeURIComponent(key)}`;
    expect(redactSecrets(text, [key])).toBe('Bearer <redacted>; "<redacted>"; ?key=<redacted>');
  });
});

describe('recording', () => {
  it('writes one recording per kind of answer, without the key, and no folder until the first', () => {
    const parent = mkdtempSync(join(tmpdir(), 'xai-video-recordings-'));
    try {
      const dir = join(parent, 'live');
      const recorder = createFixtureRecorder(dir, 'recorded from http://127.0.0.1:1', ['xai-secret-123']);
      expect(readdirSync(parent)).toEqual([]);
      recorder.record('getVideo', 202, '{"status":"pending","progress":1}');
      recorder.record('getVideo', 202, '{"status":"pending","progress":2}');
      recorder.record('generateVideo', 400, '{"code":"invalid-argument","error":"bad key xai-secret-123"}');
      recorder.record('getVideo', 202, '');
      const files = readdirSync(dir).sort();
      expect(files).toEqual(['generateVideo-400-invalid-argument.json', 'getVideo-202-nobody.json', 'getVideo-202-pending.json']);
      const all = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
      expect(all).not.toContain('xai-secret-123');
      expect(all).toContain('<redacted>');
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('auth proxy (dredd never holds the key)', () => {
  it('swaps only the placeholder bearer for the key', async () => {
    const proxy = await startAuthProxy(mock.url, MOCK_API_KEY);
    try {
      const poll = (auth?: string) =>
        fetch(`${proxy.url}/v1/videos/00000000-0000-0000-0000-000000000000`, auth ? { headers: { authorization: auth } } : {});
      expect((await poll(`Bearer ${PLACEHOLDER_BEARER}`)).status).toBe(404); // authenticated: unknown id
      expect((await poll()).status).toBe(401);
      expect((await poll('Bearer some-other-key')).status).toBe(400); // the mock's wrong-key answer
    } finally {
      await proxy.close();
    }
  });
});
