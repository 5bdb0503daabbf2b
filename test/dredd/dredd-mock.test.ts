// `make dredd`'s mock half, inside `make test`: dredd runs every transaction the spec
// documents against the mock, with the hooks that drive each status (hooks.cjs). Against
// the mock nothing may be skipped: every documented status can be produced.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningMockServer } from '../../src/hosts/index.js';
import { startContractMock } from '../support/contract-mock.js';
import { runDredd, type DreddReport } from '../support/dredd-run.js';

let mock: RunningMockServer;
let report: DreddReport;

beforeAll(async () => {
  mock = await startContractMock();
  report = await runDredd({ serverUrl: mock.url, target: 'mock' });
}, 120_000);

afterAll(() => mock?.close());

it('loads the hooks (dredd only warns when a hook file fails to load)', () => {
  expect(report.hooksLoaded, report.output.slice(-3000)).toBe(true);
});

it('passes every documented transaction against the mock, none skipped', () => {
  const { summary } = report;
  expect(summary, report.output.slice(-3000)).toBeDefined();
  expect(report.failed, report.output.slice(-6000)).toEqual([]);
  expect(summary?.errors).toBe(0);
  expect(report.skipped, report.skipReasons.join('\n')).toEqual([]);
  expect(summary?.passing).toBe(summary?.total);
  // 4 operations × their documented statuses (51 when this was written).
  expect(summary?.total).toBeGreaterThanOrEqual(50);
  expect(report.code).toBe(0);
});
