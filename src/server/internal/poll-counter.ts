// Counts polls per job for the poll-count timing mode. Bounded (oldest entries are
// dropped) so memory does not grow with the number of jobs.
export interface PollCounter {
  /** Records one poll and returns how many this job has had, this one included. */
  increment(requestId: string): number;
  clear(): void;
  readonly size: number;
}

export function createPollCounter(maxEntries = 10_000): PollCounter {
  const counts = new Map<string, number>();
  return {
    increment(requestId) {
      const next = (counts.get(requestId) ?? 0) + 1;
      counts.delete(requestId); // re-insert: Map order is the LRU order
      counts.set(requestId, next);
      if (counts.size > maxEntries) counts.delete(counts.keys().next().value as string);
      return next;
    },
    clear: () => counts.clear(),
    get size() {
      return counts.size;
    },
  };
}
