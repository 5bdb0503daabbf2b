// Proof that dredd (with these hooks) can fail: against the drifted server it must exit
// non-zero and fail the transaction of every drift it can see (test/fixtures/drifts.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIFTS } from '../fixtures/drifts.js';
import { startDriftedServer, type DriftedServer } from '../fixtures/drifted-server.js';
import { runDredd, type DreddReport } from '../support/dredd-run.js';

let drifted: DriftedServer;
let report: DreddReport;

beforeAll(async () => {
  drifted = await startDriftedServer();
  report = await runDredd({ serverUrl: drifted.url, target: 'mock' });
}, 120_000);

afterAll(() => drifted?.close());

describe('dredd against a drifted server', () => {
  it('exits non-zero', () => {
    expect(report.hooksLoaded).toBe(true);
    expect(report.code).not.toBe(0);
    expect(report.summary?.failing ?? 0).toBeGreaterThan(0);
  });

  const visible = DRIFTS.filter((drift) => drift.dredd !== null);
  it.each(visible.map((drift) => [drift.id, drift] as const))('fails the transaction of the drift %s', (_id, drift) => {
    expect(
      report.failed.some((id) => id.startsWith(drift.dredd!)),
      `${drift.description}: failed were ${report.failed.join(', ')}`,
    ).toBe(true);
  });
});
