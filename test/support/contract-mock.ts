// The mock as the contract suite (and dredd, Prism and the fuzzer) runs it: in-process,
// ephemeral loopback port, instant jobs, strict (a response that violates the spec is a
// loud 500), one accepted key, and a small body limit so that the 413 case stays cheap.
// And the flow runner as these suites point it at that mock (or at a proxy in front of it).
import { createFlowRunner, type FlowRunner, type FlowRunnerOptions } from '../../src/contract/flow-runner.js';
import { LOCAL_PACING } from '../../src/contract/pacing.js';
import { startMockServer, type MockServerOptions, type RunningMockServer } from '../../src/hosts/index.js';
import { CONTRACT_MOCK_MAX_BODY_BYTES } from './body-limit.js';

/** The key the suites send to the mock. */
export const MOCK_API_KEY = 'contract-suite-key';

export function startContractMock(overrides: MockServerOptions = {}): Promise<RunningMockServer> {
  return startMockServer({
    port: 0,
    host: '127.0.0.1',
    quiet: true,
    timing: 'instant',
    strict: true,
    maxBodyBytes: CONTRACT_MOCK_MAX_BODY_BYTES,
    // Only the suite's key is accepted, so a wrong key gets the live API's 400.
    apiKeys: [MOCK_API_KEY],
    ...overrides,
  });
}

/** Every flow, at the mock's pace, with the contract mock's key and body limit. */
export function createMockRunner(baseUrl: string, overrides: Partial<FlowRunnerOptions> = {}): FlowRunner {
  return createFlowRunner({
    baseUrl,
    apiKey: MOCK_API_KEY,
    pacing: LOCAL_PACING,
    bodyLimitBytes: CONTRACT_MOCK_MAX_BODY_BYTES,
    ...overrides,
  });
}
