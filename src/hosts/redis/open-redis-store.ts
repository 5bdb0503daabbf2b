// The Redis connection of the shared store, set up so that Redis can never make the mock
// hang: no offline queue (a command while disconnected fails at once), a short command
// timeout, no resending of commands after a reconnect, and reconnection forever in the
// background. Start-up waits at most one connect timeout: the mock starts degraded when
// Redis is not there yet (or not answering), and uses it as soon as it is. Both timeouts
// are options (redisCommandTimeoutMs, redisConnectTimeoutMs), for a remote or slow Redis.
import { Redis } from 'ioredis';
import { REDIS_TIMEOUTS } from '../../server/index.js';
import { settlesWithin } from '../internal/settles-within.js';
import { createRedisStore } from './redis-store.js';
import { createResilientStore, reasonOf, type ResilientStore, type StoreStatusLog } from './resilient-store.js';

/** A command Redis has not answered after this long is answered from memory (the default). */
export const COMMAND_TIMEOUT_MS = REDIS_TIMEOUTS.redisCommandTimeoutMs[0];
/** Start-up waits at most this long for Redis (the default). */
export const CONNECT_TIMEOUT_MS = REDIS_TIMEOUTS.redisConnectTimeoutMs[0];
/** Between reconnection attempts: quickly at first, then every second. */
const retryDelay = (attempt: number) => Math.min(attempt * 100, 1000);

export interface OpenedRedisStore {
  store: ResilientStore;
  close(): Promise<void>;
}

export interface RedisStoreSettings {
  url: string;
  prefix: string;
  log: StoreStatusLog;
  idleTtlMs?: number;
  /** Default COMMAND_TIMEOUT_MS. */
  commandTimeoutMs?: number;
  /** Default CONNECT_TIMEOUT_MS. */
  connectTimeoutMs?: number;
}

export async function openRedisStore(settings: RedisStoreSettings): Promise<OpenedRedisStore> {
  const { commandTimeoutMs = COMMAND_TIMEOUT_MS, connectTimeoutMs = CONNECT_TIMEOUT_MS } = settings;
  const redis = new Redis(settings.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    commandTimeout: commandTimeoutMs,
    connectTimeout: connectTimeoutMs,
    retryStrategy: retryDelay,
    // Requests that arrive together share one write to the socket.
    enableAutoPipelining: true,
    connectionName: 'xai-video-mock',
  });
  const shared = createRedisStore(redis, { prefix: settings.prefix, ...(settings.idleTtlMs && { idleTtlMs: settings.idleTtlMs }) });
  const store = createResilientStore(shared, { log: settings.log, details: { prefix: settings.prefix } });
  // Listening to 'error' is what keeps ioredis from printing every failed reconnection.
  redis.on('error', (error: unknown) => store.markDegraded(reasonOf(error)));
  redis.on('close', () => store.markDegraded('connection to redis closed'));
  redis.on('ready', () => store.markOk());
  // ioredis's connect timeout covers the TCP connect only: a Redis that accepts and then says
  // nothing would hold start-up for two command timeouts (the handshake, then the ready check).
  // A failed connect is already marked degraded by its event; either way ioredis goes on trying.
  if (!(await settlesWithin(redis.connect(), connectTimeoutMs))) {
    store.markDegraded(`redis did not answer within the connect timeout (${connectTimeoutMs} ms)`);
  }
  return {
    store,
    close: async () => {
      redis.removeAllListeners('close');
      redis.disconnect();
    },
  };
}
