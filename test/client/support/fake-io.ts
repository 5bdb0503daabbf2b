/**
 * Fake clock, sleep and randomness. `sleep` records the delay it was asked for and
 * advances the clock instead of waiting, so tests assert exact waits in no real time.
 */
export const START = Date.UTC(2026, 10, 1, 12, 0, 0);

export interface FakeIo {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  /** Every delay slept, in order. */
  sleeps: number[];
  /** Called at the start of each sleep (1-based index), e.g. to abort mid-wait. */
  onSleep: ((index: number) => void) | undefined;
  advance: (ms: number) => void;
}

export function fakeIo(random: () => number = () => 0.5): FakeIo {
  let time = START;
  const io: FakeIo = {
    now: () => time,
    sleeps: [],
    random,
    onSleep: undefined,
    advance: (ms) => {
      time += ms;
    },
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      io.sleeps.push(ms);
      io.onSleep?.(io.sleeps.length);
      if (signal?.aborted) throw signal.reason;
      time += ms;
    },
  };
  return io;
}

/** mulberry32: a tiny seeded PRNG, so jitter is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns the given numbers in turn (then repeats the last one). */
export function sequence(...values: number[]): () => number {
  let index = 0;
  return () => values[Math.min(index++, values.length - 1)] ?? 0;
}
