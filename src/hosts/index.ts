export { startMockServer } from './node-server.js';
export type { RunningMockServer } from './node-server.js';
export { DEFAULT_HOST, DEFAULT_PORT, normaliseMockOptions } from '../server/mock-options.js';
export type { FaultOptions, MockServerOptions, NormalisedMockOptions, RateLimitOptions } from '../server/mock-options.js';
