// The mock's clock: wall time plus an offset that the admin surface can advance. Jobs
// store their creation time on this clock, so two processes agree as long as they share
// the wall clock (advancing is per process: see the README).
export interface Clock {
  now(): number;
  advance(ms: number): void;
  reset(): void;
  offsetMs(): number;
}

export function createClock(wallClock: () => number = Date.now): Clock {
  let offset = 0;
  return {
    now: () => wallClock() + offset,
    advance: (ms) => {
      offset += ms;
    },
    reset: () => {
      offset = 0;
    },
    offsetMs: () => offset,
  };
}
