// The shared store on Redis, for several mock processes behind one load balancer. Loaded
// by the Node host only when `redisUrl` is given (ioredis stays out of every other path).
export { COMMAND_TIMEOUT_MS, CONNECT_TIMEOUT_MS, openRedisStore } from './open-redis-store.js';
export type { OpenedRedisStore, RedisStoreSettings } from './open-redis-store.js';
export { createRedisStore } from './redis-store.js';
export type { RedisStore, RedisStoreOptions } from './redis-store.js';
export { createResilientStore } from './resilient-store.js';
export type { ResilienceOptions, ResilientStore, StoreStatusLog } from './resilient-store.js';
