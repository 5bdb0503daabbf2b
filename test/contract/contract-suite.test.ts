// The contract suite: every flow against one target, every response checked against the
// spec. Default target: the mock, in-process. `make contract-live` (CONTRACT_TARGET=live)
// runs the cheap flows against CONTRACT_BASE_URL with XAI_API_KEY, records the responses
// under test/fixtures/live/ and prints what the run cost. One file on purpose: the live
// API allows one request per second, so the flows share one pacer and run in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMockServer } from '../../src/hosts/index.js';
import { startContractMock } from '../support/contract-mock.js';
import { formatProblems } from '../support/contract-session.js';
import { resolveContractTarget } from '../support/contract-target.js';
import { createFixtureRecorder, type FixtureRecorder } from '../support/fixture-recorder.js';
import { createFlowRunner, type FlowRunner } from '../support/flow-runner.js';
import type { FlowGroup } from '../support/flows/contract-flow.js';
import { CONTRACT_FLOWS } from '../support/flows/flow-catalogue.js';

const settings = resolveContractTarget();
const GROUPS: FlowGroup[] = ['generation', 'source-video', 'lifecycle', 'errors'];
let mock: RunningMockServer | undefined;
let runner: FlowRunner;
let recorder: FixtureRecorder | undefined;
let checked = 0;
let ran = 0;

beforeAll(async () => {
  if (settings.kind === 'mock') mock = await startContractMock();
  const baseUrl = settings.baseUrl ?? mock?.url ?? '';
  if (settings.recordDir) recorder = createFixtureRecorder(settings.recordDir, `live ${baseUrl}`, [settings.apiKey]);
  runner = createFlowRunner({ baseUrl, settings, ...(recorder ? { recorder } : {}) });
});

afterAll(async () => {
  await mock?.close();
  const lines = [`contract suite (${settings.kind}): ${ran} flows, ${checked} responses checked against the spec`];
  if (settings.kind === 'live') {
    lines.push(`contract-live spent ${runner.env.spend.describe()}`);
    lines.push(`recorded ${recorder?.written().length ?? 0} fixtures under ${settings.recordDir ?? '(recording off)'}`);
  }
  console.log(lines.join('\n'));
});

describe.each(GROUPS)('contract flows: %s', (group) => {
  for (const flow of CONTRACT_FLOWS.filter((f) => f.group === group)) {
    it(
      flow.name,
      async (ctx) => {
        if (settings.kind === 'live' && flow.live !== true) return ctx.skip(flow.live);
        const session = await runner.run(flow);
        ran += 1;
        checked += session.exchanges.filter((exchange) => exchange.operationId !== undefined).length;
        expect(session.exchanges.length, 'a flow must talk to the target').toBeGreaterThan(0);
        expect(session.problems, formatProblems(session.problems)).toEqual([]);
      },
      settings.flowTimeoutMs,
    );
  }
});
