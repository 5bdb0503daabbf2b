// `xai-video-contract/mock` in Node: the Node HTTP server and the fetch handler. (Other
// runtimes get fetch-entry.ts: the same without startMockServer.)
export { startMockServer } from './node-server.js';
export type { RunningMockServer } from './node-server.js';
export { PortInUseError } from './port-in-use.js';
export { createMockFetchHandler } from './fetch-handler.js';
export type { FetchHostDeps, MockFetchHandler } from './fetch-handler.js';
export { DEFAULT_HOST, DEFAULT_PORT, MockOptionsError, normaliseMockOptions } from '../server/index.js';
export type { FaultOptions, MockOptions, MockServerOptions, NormalisedMockOptions, RateLimitOptions } from '../server/index.js';
