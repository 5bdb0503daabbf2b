export { startMockServer } from './start-mock-server.js';
export type { RunningMockServer } from './start-mock-server.js';
export { DEFAULT_HOST, DEFAULT_PORT, normaliseMockOptions } from './mock-options.js';
export type { FaultOptions, MockServerOptions, NormalisedMockOptions, RateLimitOptions } from './mock-options.js';
