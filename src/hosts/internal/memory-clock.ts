// The mock's clock as a synchronous object, over the in-memory store's offset: what
// startMockServer and the fetch handler hand their callers (`clock.advance(ms)`).
import type { Clock } from '../../lifecycle/index.js';
import type { MemoryStore } from '../../server/index.js';

export function memoryClock(store: MemoryStore, wallClock: () => number): Clock {
  return {
    now: () => wallClock() + store.clockOffsetMs(),
    advance: (ms) => void store.advanceClock(ms),
    reset: () => void store.advanceClock(-store.clockOffsetMs()),
    offsetMs: () => store.clockOffsetMs(),
  };
}
