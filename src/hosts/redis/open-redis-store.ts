// The Redis connection of the shared store, set up so that Redis can never make the mock
// hang: no offline queue (a command while disconnected fails at once), a short command
// timeout, no resending of commands after a reconnect, and reconnection forever in the
// background. Start-up waits at most one connect timeout: the mock starts degraded when
// Redis is not there yet, and uses it as soon as it is.
import { Redis } from 'ioredis';
import { createRedisStore } from './redis-store.js';
import { createResilientStore, reasonOf, type ResilientStore, type StoreStatusLog } from './resilient-store.js';

/** A command Redis has not answered after this long is answered from memory. */
export const COMMAND_TIMEOUT_MS = 250;
export const CONNECT_TIMEOUT_MS = 1000;
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
}

export async function openRedisStore(settings: RedisStoreSettings): Promise<OpenedRedisStore> {
  const redis = new Redis(settings.url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    autoResendUnfulfilledCommands: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
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
  await redis.connect().catch(() => undefined); // already marked degraded; reconnects on its own
  return {
    store,
    close: async () => {
      redis.removeAllListeners('close');
      redis.disconnect();
    },
  };
}
