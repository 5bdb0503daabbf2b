// The live mode's plumbing, checked offline: it refuses to start without a key, paces and
// waits like the live API needs, spends at most one cheap job per operation, sums and
// prints the cost in USD, records fixtures without secrets, and keeps the key out of
// dredd's process (auth proxy). Nothing here talks to the live API.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMockServer } from '../../src/hosts/index.js';
import { PLACEHOLDER_BEARER, startAuthProxy } from '../support/auth-proxy.js';
import { startContractMock } from '../support/contract-mock.js';
import { MissingApiKeyError, MOCK_API_KEY, redactSecrets, resolveContractTarget } from '../support/contract-target.js';
import { createFixtureRecorder } from '../support/fixture-recorder.js';
import { createFlowRunner } from '../support/flow-runner.js';
import { CONTRACT_FLOWS } from '../support/flows/flow-catalogue.js';
import { probeMp4 } from '../support/mp4-probe.js';
import { createRequestPacer } from '../support/request-pacer.js';
import { createSpendMeter, formatUsd } from '../support/spend-meter.js';

let mock: RunningMockServer;
beforeAll(async () => {
  mock = await startContractMock();
});
afterAll(() => mock?.close());

describe('live target settings', () => {
  it('refuses to start without XAI_API_KEY', () => {
    expect(() => resolveContractTarget({ CONTRACT_TARGET: 'live' })).toThrow(MissingApiKeyError);
    expect(() => resolveContractTarget({ CONTRACT_TARGET: 'live', XAI_API_KEY: '  ' })).toThrow(MissingApiKeyError);
  });

  it('paces like the live API and waits for slow jobs', () => {
    const live = resolveContractTarget({ CONTRACT_TARGET: 'live', XAI_API_KEY: 'xai-secret' });
    expect(live).toMatchObject({
      kind: 'live',
      baseUrl: 'https://api.x.ai',
      pollIntervalMs: 5000,
      jobTimeoutMs: 15 * 60_000,
      recordDir: 'test/fixtures/live',
    });
    expect(live.minRequestGapMs).toBeGreaterThanOrEqual(1000);
    expect(live.flowTimeoutMs).toBeGreaterThan(3 * live.jobTimeoutMs);
    expect(
      resolveContractTarget({ CONTRACT_TARGET: 'live', XAI_API_KEY: 'k', CONTRACT_BASE_URL: 'http://127.0.0.1:9/', CONTRACT_RECORD: '0' }),
    ).toMatchObject({ baseUrl: 'http://127.0.0.1:9', recordDir: undefined });
  });

  it('redacts the key from any text', () => {
    expect(redactSecrets('Bearer xai-secret-123 and xai-secret-123', ['xai-secret-123'])).toBe('Bearer <redacted> and <redacted>');
  });
});

describe('the live plan', () => {
  it('creates at most one cheap job per operation; every other live case is refused for free', async () => {
    const settings = { ...resolveContractTarget({}), kind: 'live' as const };
    const runner = createFlowRunner({ baseUrl: mock.url, settings });
    const sessions = [];
    for (const flow of CONTRACT_FLOWS.filter((f) => f.live === true)) sessions.push(await runner.run(flow));
    const created = sessions.flatMap((s) => s.exchanges).filter((e) => e.label.startsWith('POST') && e.status === 200);
    expect(created.map((e) => e.label).sort()).toEqual([
      'POST /v1/videos/edits',
      'POST /v1/videos/extensions',
      'POST /v1/videos/generations',
    ]);
    expect(sessions.flatMap((s) => s.problems)).toEqual([]);
    // 2 s at 480p, + 2 s extension, + an edit of the 2 s video: the cheapest possible chain.
    expect(runner.env.spend.totalTicks()).toBeLessThanOrEqual(0.4 * 10 ** 10);
  });

  it('skips the rest with a stated reason', () => {
    for (const flow of CONTRACT_FLOWS.filter((f) => f.live !== true)) expect(String(flow.live).length, flow.name).toBeGreaterThan(10);
  });
});

describe('spend, pacing, MP4 probing', () => {
  it('sums ticks once per job, in USD (10^10 ticks = 1 USD)', () => {
    const spend = createSpendMeter();
    spend.record('a', 1_000_000_000);
    spend.record('a', 1_000_000_000);
    spend.record('b', 500_000_000);
    expect(spend.totalTicks()).toBe(1_500_000_000);
    expect(formatUsd(10 ** 10)).toBe('$1.0000');
    expect(spend.describe()).toBe('$0.1500 (1500000000 ticks, 2 billed jobs)');
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

  it('recognises an MP4 by its ftyp box', () => {
    const ftyp = new Uint8Array([0, 0, 0, 24, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2'), 0, 0]);
    expect(probeMp4(ftyp)).toMatchObject({ isMp4: true, majorBrand: 'isom' });
    expect(probeMp4(Buffer.from('<html>not a video</html>')).isMp4).toBe(false);
  });
});

describe('record mode', () => {
  it('writes one fixture per kind of answer, without the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xai-video-fixtures-'));
    try {
      const recorder = createFixtureRecorder(dir, 'live test', ['xai-secret-123']);
      recorder.record('getVideo', 202, '{"status":"pending","progress":1}');
      recorder.record('getVideo', 202, '{"status":"pending","progress":2}');
      recorder.record('generateVideo', 400, '{"code":"invalid-argument","error":"bad key xai-secret-123"}');
      recorder.record('getVideo', 202, '');
      const files = readdirSync(dir).sort();
      expect(files).toEqual(['generateVideo-400-invalid-argument.json', 'getVideo-202-nobody.json', 'getVideo-202-pending.json']);
      const all = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
      expect(all).not.toContain('xai-secret-123');
    } finally {
      rmSync(dir, { recursive: true, force: true });
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
