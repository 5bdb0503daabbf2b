// Live-style rate limiting (docs.x.ai "Rate limits": requests per second per team per
// model): a spacing check per bucket. Bounded: the least recently used buckets go first.
export interface RateLimiter {
  /** Milliseconds to wait before this request would be allowed; 0 = allowed (and counted). */
  take(bucket: string, nowMs: number, spacingMs: number): number;
  clear(): void;
}

export function createRateLimiter(maxEntries: number): RateLimiter {
  const nextAllowed = new Map<string, number>();
  return {
    take(bucket, nowMs, spacingMs) {
      const allowedAt = nextAllowed.get(bucket) ?? 0;
      if (nowMs < allowedAt) return Math.ceil(allowedAt - nowMs);
      nextAllowed.delete(bucket);
      nextAllowed.set(bucket, nowMs + spacingMs);
      if (nextAllowed.size > maxEntries) nextAllowed.delete(nextAllowed.keys().next().value as string);
      return 0;
    },
    clear: () => nextAllowed.clear(),
  };
}
