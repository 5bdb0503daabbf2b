// Live-style rate limiting (reference §1: 1 request per second per team per model):
// a per-key, per-model spacing check. Bounded: the oldest keys are dropped.
export interface RateLimiter {
  /** Milliseconds to wait before this request would be allowed; 0 = allowed (and counted). */
  check(apiKey: string, bucket: string, nowMs: number): number;
  clear(): void;
}

export function createRateLimiter(perSecond: number, maxEntries = 10_000): RateLimiter {
  const spacingMs = 1000 / perSecond;
  const nextAllowed = new Map<string, number>();
  return {
    check(apiKey, bucket, nowMs) {
      const key = `${bucket}\u0000${apiKey}`;
      const allowedAt = nextAllowed.get(key) ?? 0;
      if (nowMs < allowedAt) return Math.ceil(allowedAt - nowMs);
      nextAllowed.delete(key);
      nextAllowed.set(key, nowMs + spacingMs);
      if (nextAllowed.size > maxEntries) nextAllowed.delete(nextAllowed.keys().next().value as string);
      return 0;
    },
    clear: () => nextAllowed.clear(),
  };
}
