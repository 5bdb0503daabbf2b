// The CLI's flags for the shared store (src/server/redis-url.ts): listed under Server in
// --help, since they decide what the processes behind one address share.
import { DEFAULT_REDIS_PREFIX } from '../server/index.js';
import type { Flag } from './cli-flag.js';

export const STORE_FLAGS: readonly Flag[] = [
  {
    name: 'redis-url',
    arg: 'url',
    group: 'Server',
    help: 'Share poll counts, the clock offset, rate limits and recent jobs with every mock on this Redis, e.g. redis://127.0.0.1:6379/0 (env XAI_MOCK_REDIS_URL; replicas need the same --secret)',
    option: 'redisUrl',
    apply: (o, v) => (o.redisUrl = String(v)),
  },
  {
    name: 'redis-prefix',
    arg: 'prefix',
    group: 'Server',
    help: `Start of every Redis key, one per shared deployment (env XAI_MOCK_REDIS_PREFIX; default ${DEFAULT_REDIS_PREFIX})`,
    option: 'redisPrefix',
    apply: (o, v) => (o.redisPrefix = String(v)),
  },
];
