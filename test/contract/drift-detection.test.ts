// Proof that the contract flows can fail: the same flows, run against a deliberately
// drifted server, must report every drift they can see (test/fixtures/drifts.ts). The
// check CLI's own proof, in a real process, is in test/contract-check/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContractProblem } from '../../src/contract/index.js';
import { CONTRACT_FLOWS } from '../../src/contract/flows/flow-catalogue.js';
import { DRIFTS } from '../fixtures/drifts.js';
import { startDriftedServer, type DriftedServer } from '../fixtures/drifted-server.js';
import { createMockRunner } from '../support/contract-mock.js';

let drifted: DriftedServer;
let problems: ContractProblem[] = [];

beforeAll(async () => {
  drifted = await startDriftedServer();
  const runner = createMockRunner(drifted.url);
  const flows = CONTRACT_FLOWS.filter((flow) => flow.group === 'generation' || flow.group === 'source-video' || flow.group === 'errors');
  problems = await runner.runAll(flows);
});

afterAll(() => drifted?.close());

describe('the contract flows against a drifted server', () => {
  it.each(DRIFTS.map((drift) => [drift.id, drift] as const))('report the drift %s', (_id, drift) => {
    expect(
      problems.some(drift.contract),
      `${drift.description}: not reported among\n${problems.map((p) => `${p.exchange} ${p.where}: ${p.message}`).join('\n')}`,
    ).toBe(true);
  });
});
