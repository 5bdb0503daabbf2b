// Fault injection, off by default and seeded: the same seed gives the same sequence of
// latencies, errors and resets, so a flaky-network test is reproducible.
import type { NormalisedMockOptions } from '../mock-options.js';

export interface FaultDecision {
  latencyMs: number;
  errorStatus?: number;
  reset: boolean;
}

export interface FaultDice {
  next(): FaultDecision;
  reseed(): void;
  readonly enabled: boolean;
}

/** mulberry32: a tiny, well-known seeded PRNG (uniform in [0, 1)). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createFaultDice(faults: NormalisedMockOptions['faults']): FaultDice {
  let random = mulberry32(faults.seed);
  const [minLatency, maxLatency] = faults.latencyMs;
  const enabled = maxLatency > 0 || faults.errorRate > 0 || faults.resetRate > 0;
  return {
    enabled,
    reseed: () => {
      random = mulberry32(faults.seed);
    },
    next() {
      const latencyMs = Math.round(minLatency + (maxLatency - minLatency) * random());
      if (random() < faults.resetRate) return { latencyMs, reset: true };
      if (random() < faults.errorRate) {
        const errorStatus = faults.errorStatuses[Math.floor(random() * faults.errorStatuses.length)];
        return { latencyMs, reset: false, ...(errorStatus === undefined ? {} : { errorStatus }) };
      }
      return { latencyMs, reset: false };
    },
  };
}
