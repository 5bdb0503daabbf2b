// `xai-video-contract/mock` in Node: the Node HTTP server (with its gRPC host on request)
// and the fetch handler, and where the gRPC host's .proto files are, for a gRPC client of
// the mock. (Other runtimes get fetch-entry.ts: the same without startMockServer.)
export { startMockServer } from './node/index.js';
export type { RunningMockServer, StopOptions, StopReport } from './node/index.js';
export { PortInUseError } from './internal/port-in-use.js';
export { createMockFetchHandler } from './fetch-handler.js';
export type { FetchHostDeps, MockFetchHandler } from './fetch-handler.js';
export { PROTO_ROOT, VIDEO_PROTO_FILE } from './grpc/proto-files.js';
export { DEFAULT_GRPC_PORT, DEFAULT_HOST, DEFAULT_PORT, MockOptionsError, normaliseMockOptions } from '../server/index.js';
export type { FaultOptions, MockOptions, MockServerOptions, NormalisedMockOptions, RateLimitOptions } from '../server/index.js';
