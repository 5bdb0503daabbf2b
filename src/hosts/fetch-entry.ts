// `xai-video-contract/mock` outside Node (browsers, workers, bundlers): the fetch handler
// and the options, without the Node HTTP server. Node resolves the same export to
// index.ts, which adds startMockServer.
export { createMockFetchHandler } from './fetch-handler.js';
export type { FetchHostDeps, MockFetchHandler } from './fetch-handler.js';
export { DEFAULT_HOST, DEFAULT_PORT, MockOptionsError, normaliseMockOptions } from '../server/index.js';
export type { FaultOptions, MockOptions, MockServerOptions, NormalisedMockOptions, RateLimitOptions } from '../server/index.js';
