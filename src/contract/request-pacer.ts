// Keeps requests of a whole run at least `minGapMs` apart: the live API allows one request
// per second per team per model (the spec's info, "Lifecycle"). Time is injected for tests.

export interface Clockwork {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClockwork: Clockwork = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RequestPacer {
  /** Resolves when the next request may go out, and books that slot. */
  turn(): Promise<void>;
}

export function createRequestPacer(minGapMs: number, clock: Clockwork = realClockwork): RequestPacer {
  let nextSlot = 0;
  return {
    async turn() {
      if (minGapMs <= 0) return;
      const now = clock.now();
      const slot = Math.max(now, nextSlot);
      nextSlot = slot + minGapMs; // booked before waiting: concurrent callers queue up
      if (slot > now) await clock.sleep(slot - now);
    },
  };
}
