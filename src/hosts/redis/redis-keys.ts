// Every key the shared store writes, under the deployment's prefix. One family per kind of
// state, so reset can match each family exactly (`<prefix>polls:*`), and a deployment whose
// prefix starts with this one's (`mock:` and `mock:staging:`) keeps its keys.
import { createHash } from 'node:crypto';

export interface RedisKeys {
  clock: string;
  recentJobs: string;
  polls(requestId: string): string;
  rateLimit(bucket: string): string;
  /** SCAN patterns for reset: every key above and nothing else. */
  patterns: readonly string[];
}

export function redisKeys(prefix: string): RedisKeys {
  return {
    clock: `${prefix}clock`,
    recentJobs: `${prefix}recent-jobs`,
    polls: (requestId) => `${prefix}polls:${requestId}`,
    // A bucket names the API key: only its hash goes into Redis, where anyone with access lists keys.
    rateLimit: (bucket) => `${prefix}rate:${createHash('sha256').update(bucket).digest('base64url').slice(0, 32)}`,
    patterns: [`${prefix}clock`, `${prefix}recent-jobs`, `${prefix}polls:*`, `${prefix}rate:*`],
  };
}
