// The CLI's flags for the shared store (src/server/redis-url.ts): listed under Server in
// --help, since they decide what the processes behind one address share. Each also has an
// environment variable (read in parse-cli.ts), as a deployment sets them once for every
// replica.
import { DEFAULT_REDIS_PREFIX, REDIS_TIMEOUTS } from '../../server/index.js';
import { type Flag, number } from './flag.js';

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
  {
    name: 'redis-command-timeout',
    arg: 'ms',
    group: 'Server',
    help: `Time Redis has to answer a command; then this process answers from its own memory, degraded (env XAI_MOCK_REDIS_COMMAND_TIMEOUT; default ${REDIS_TIMEOUTS.redisCommandTimeoutMs[0]})`,
    option: 'redisCommandTimeoutMs',
    apply: (o, v) => (o.redisCommandTimeoutMs = number('redis-command-timeout', String(v))),
  },
  {
    name: 'redis-connect-timeout',
    arg: 'ms',
    group: 'Server',
    help: `Time start-up waits for Redis; then the mock starts degraded and goes on trying (env XAI_MOCK_REDIS_CONNECT_TIMEOUT; default ${REDIS_TIMEOUTS.redisConnectTimeoutMs[0]})`,
    option: 'redisConnectTimeoutMs',
    apply: (o, v) => (o.redisConnectTimeoutMs = number('redis-connect-timeout', String(v))),
  },
];
