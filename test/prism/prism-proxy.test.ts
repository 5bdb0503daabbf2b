// Prism as an independent judge of the mock: the contract flows go through
// `prism proxy --errors openapi/xai-video.yaml <mock>` and Prism must find nothing.
// Two proxies: the literal one (it validates requests too, so it answers invalid ones
// itself) for the flows that send valid requests, and one with --validate-request false
// so that the mock's own 4xx answers to invalid requests reach Prism's judgement too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/contract/contract-session.js';
import type { FlowResult } from '../../src/contract/flow-runner.js';
import type { ContractFlow } from '../../src/contract/flows/contract-flow.js';
import { CONTRACT_FLOWS } from '../../src/contract/flows/flow-catalogue.js';
import { EMPTY_PENDING_FLOW } from '../../src/contract/flows/lifecycle-flows.js';
import type { RunningMockServer } from '../../src/hosts/index.js';
import { createMockRunner, startContractMock } from '../support/contract-mock.js';
import { answeredByPrism, prismViolations, startPrismProxy, type PrismProxy } from '../support/prism-proxy.js';

let mock: RunningMockServer;
let strict: PrismProxy;
let lenient: PrismProxy;

beforeAll(async () => {
  mock = await startContractMock();
  [strict, lenient] = await Promise.all([startPrismProxy(mock.url), startPrismProxy(mock.url, { validateRequest: false })]);
}, 90_000);

afterAll(async () => {
  await Promise.all([strict?.stop(), lenient?.stop()]);
  await mock?.close();
});

async function runThrough(proxy: PrismProxy, flows: readonly ContractFlow[]): Promise<FlowResult[]> {
  const runner = createMockRunner(proxy.url);
  const sessions: FlowResult[] = [];
  for (const flow of flows) sessions.push(await runner.run(flow));
  return sessions;
}

function expectClean(sessions: FlowResult[], proxy: PrismProxy): void {
  const exchanges = sessions.flatMap((s) => s.exchanges);
  const problems = sessions.flatMap((s) => s.problems);
  expect(exchanges.length).toBeGreaterThan(0);
  expect(prismViolations(exchanges), proxy.process.output().slice(-4000)).toEqual([]);
  expect(exchanges.filter(answeredByPrism).map((e) => `${e.label} → ${e.status} ${e.text.slice(0, 160)}`)).toEqual([]);
  expect(problems, formatProblems(problems)).toEqual([]);
}

describe('Prism proxy --errors in front of the mock', () => {
  it('finds no violation in the flows that send valid requests', async () => {
    const flows = CONTRACT_FLOWS.filter((f) => f.sends === 'valid' && f.name !== EMPTY_PENDING_FLOW);
    expectClean(await runThrough(strict, flows), strict);
  }, 60_000);

  it("finds no violation in the mock's answers to invalid requests (request validation off)", async () => {
    expectClean(
      await runThrough(
        lenient,
        CONTRACT_FLOWS.filter((f) => f.sends === 'invalid'),
      ),
      lenient,
    );
  }, 60_000);

  // Not a judgement of the mock: Prism answers these itself (its security check; its
  // JSON body parser), so the mock never sees them. The contract suite covers them.
  it('answers requests without credentials, and bodies that are not JSON, itself', async () => {
    const flows = CONTRACT_FLOWS.filter((f) => f.sends === 'unauthenticated' || f.sends === 'malformed');
    const exchanges = (await runThrough(lenient, flows)).flatMap((s) => s.exchanges);
    expect(exchanges.length).toBeGreaterThan(0);
    expect(exchanges.filter((e) => !answeredByPrism(e)).map((e) => e.label)).toEqual([]);
  }, 60_000);

  // Known limit of OpenAPI 3.0, not a mock bug: a response body cannot be declared
  // optional, so Prism judges the live API's empty 202 (openapi/xai-video.yaml: Lifecycle) a violation.
  it('reports the empty-202 dialect, which OpenAPI 3.0 cannot declare optional', async () => {
    const sessions = await runThrough(
      strict,
      CONTRACT_FLOWS.filter((f) => f.name === EMPTY_PENDING_FLOW),
    );
    const violations = prismViolations(sessions.flatMap((s) => s.exchanges));
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((v) => v.exchange.startsWith('GET /v1/videos/') && /media type ""|body must be object/.test(v.message))).toBe(
      true,
    );
  }, 60_000);
});
