// Proof that the contract suite can fail: the same flows, run against a deliberately
// drifted server, must report every drift the suite can see (test/fixtures/drifts.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIFTS } from '../fixtures/drifts.js';
import { startDriftedServer, type DriftedServer } from '../fixtures/drifted-server.js';
import type { ContractProblem } from '../support/contract-session.js';
import { resolveContractTarget } from '../support/contract-target.js';
import { createFlowRunner } from '../support/flow-runner.js';
import { CONTRACT_FLOWS } from '../support/flows/flow-catalogue.js';

const mockSettings = resolveContractTarget({});
let drifted: DriftedServer;
let problems: ContractProblem[] = [];

beforeAll(async () => {
  drifted = await startDriftedServer();
  const runner = createFlowRunner({ baseUrl: drifted.url, settings: mockSettings });
  const flows = CONTRACT_FLOWS.filter((flow) => flow.group === 'generation' || flow.group === 'source-video' || flow.group === 'errors');
  problems = await runner.runAll(flows);
});

afterAll(() => drifted?.close());

describe('the contract suite against a drifted server', () => {
  it.each(DRIFTS.map((drift) => [drift.id, drift] as const))('reports the drift %s', (_id, drift) => {
    expect(
      problems.some(drift.contract),
      `${drift.description}: not reported among\n${problems.map((p) => `${p.exchange} ${p.where}: ${p.message}`).join('\n')}`,
    ).toBe(true);
  });
});
