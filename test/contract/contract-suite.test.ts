// The contract suite: every flow against the mock (in-process, strict, one accepted key,
// a small body limit), every response checked against the spec, through the same runner
// the check CLI and `make contract-live` use. One file on purpose: the flows share one
// runner (one source video, one set of target probes) and run in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FlowRunner } from '../../src/contract/flow-runner.js';
import { FLOW_GROUPS } from '../../src/contract/flows/contract-flow.js';
import { CONTRACT_FLOWS } from '../../src/contract/flows/flow-catalogue.js';
import type { RunningMockServer } from '../../src/hosts/index.js';
import { createMockRunner, startContractMock } from '../support/contract-mock.js';

let mock: RunningMockServer;
let runner: FlowRunner;
let checked = 0;

beforeAll(async () => {
  mock = await startContractMock();
  runner = createMockRunner(mock.url);
});

afterAll(async () => {
  await mock?.close();
  console.log(`contract suite (mock): ${CONTRACT_FLOWS.length} flows, ${checked} responses checked against the spec`);
});

const describeProblems = (problems: readonly { exchange: string; where: string; message: string }[]) =>
  problems.map((p) => `${p.exchange} ${p.where}: ${p.message}`).join('\n');

describe.each(FLOW_GROUPS)('contract flows: %s', (group) => {
  for (const flow of CONTRACT_FLOWS.filter((f) => f.group === group)) {
    it(flow.name, async () => {
      const result = await runner.run(flow);
      checked += result.exchanges.filter((exchange) => exchange.operationId !== undefined).length;
      // The contract mock offers everything a flow can need: nothing may be skipped here.
      expect(result.skipReason).toBeUndefined();
      expect(result.problems, describeProblems(result.problems)).toEqual([]);
      expect(result.outcome).toBe('passed');
    });
  }
});

describe('what the runner learnt about the contract mock', () => {
  it('probed that it refuses unknown keys and honours the mock controls', () => {
    const found = Object.fromEntries(runner.findings().map((f) => [f.feature, f.available]));
    expect(found).toEqual({ 'mock-controls': true, 'key-check': true, 'body-limit': true });
  });
});
