// `xai-video-contract/msw`: the mock as MSW request handlers (msw is an optional peer
// dependency: 2.x, and 3.x on Node 22+).
export { createVideoHandlers, DEFAULT_BASE_URL } from './msw-handlers.js';
export type { VideoHandlersOptions } from './msw-handlers.js';
export { MockOptionsError } from '../server/index.js';
export type { MockOptions } from '../server/index.js';
