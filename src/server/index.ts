// The transport-free mock core: portable (no Node API), hosted by src/hosts/.
export { createMockCore } from './mock-core.js';
export type { CoreValidators, MockCore, MockCoreDeps, PageSource } from './mock-core.js';
export { BODY_INCOMPLETE, BODY_TOO_LARGE, errorReply, headerOf, RESET_CONNECTION } from './mock-request.js';
export type { DecodedCall, DecodedOperation, MockAnswer, MockReply, MockRequest } from './mock-request.js';
export {
  DEFAULT_GRPC_PORT,
  DEFAULT_HOST,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_PORT,
  DEFAULT_SECRET,
  MockOptionsError,
  normaliseMockOptions,
} from './mock-options.js';
export { HOST_LIMITS } from './host-limits.js';
export type { HostLimitOptions, NormalisedHostLimits } from './host-limits.js';
export { DEFAULT_REDIS_PREFIX, REDIS_TIMEOUTS } from './redis-url.js';
export type { FaultOptions, MockOptions, MockServerOptions, NormalisedMockOptions, RateLimitOptions } from './mock-options.js';
export { MOCK_CONTROLS, MockControlError, STANDARD_PREFERENCES } from './mock-controls.js';
export type { MockControl, MockControls, ServerDefault } from './mock-controls.js';
export { parseCreateControls, parsePollControls } from './parse-mock-controls.js';
export { CREATE_EXAMPLES, POLL_EXAMPLES } from './prism-preferences.js';
export type { ExampleEffect } from './prism-preferences.js';
export { ApiError, apiError, CATALOGUED_STATUSES, ERROR_CATALOGUE, injectedEntry, injectedError } from './error-catalogue.js';
export type { ErrorKey } from './error-catalogue.js';
export { createMemoryStore } from './memory-store.js';
export type { MemoryStore, MemoryStoreLimits } from './memory-store.js';
export type { MockStore, RecentJob, StoreHealth } from './mock-store.js';
export type { MaybeAsync } from './maybe-async.js';
export { ADMIN_PREFIX, adminRouteList, matchRoute, ROUTE_TABLE, VIDEO_FILE_PATH } from './stages/route.js';
export type { Route, RouteEntry, RouteName } from './stages/route.js';
