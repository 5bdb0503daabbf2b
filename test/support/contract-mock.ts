// The mock as the contract suite (and dredd, Prism and the fuzzer) runs it: in-process,
// ephemeral loopback port, instant jobs, strict (a response that violates the spec is a
// loud 500), one accepted key, and a small body limit so that the 413 case stays cheap.
import { startMockServer, type MockServerOptions, type RunningMockServer } from '../../src/hosts/index.js';
import { CONTRACT_MOCK_MAX_BODY_BYTES } from './body-limit.js';
import { MOCK_API_KEY } from './contract-target.js';

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
