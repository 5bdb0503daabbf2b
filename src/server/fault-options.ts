// The fault options: seeded dice that add latency, answer with an injected error status
// or reset the connection. Off by default; the same seed gives the same faults in order.
import { INJECTABLE_STATUSES } from '../lifecycle/outcome.js';
import { fail, numberIn, onlyKnown } from './option-checks.js';

export interface FaultOptions {
  /** Seed of the fault dice: the same seed gives the same faults in the same order. */
  seed?: number;
  /** Added latency in ms: a fixed value or a [min, max] range. */
  latencyMs?: number | readonly [number, number];
  /** Share of API requests (0–1) answered with one of `errorStatuses`. */
  errorRate?: number;
  errorStatuses?: readonly number[];
  /** Share of API requests (0–1) whose connection is reset without an answer. */
  resetRate?: number;
}

export type NormalisedFaults = Readonly<{
  seed: number;
  latencyMs: readonly [number, number];
  errorRate: number;
  errorStatuses: readonly number[];
  resetRate: number;
}>;

function latencyOf(value: FaultOptions['latencyMs']): readonly [number, number] {
  if (value === undefined) return [0, 0];
  if (typeof value === 'number') {
    const ms = numberIn('faults.latencyMs', value, 0, 60_000);
    return [ms, ms];
  }
  if (!Array.isArray(value) || value.length !== 2) fail('faults.latencyMs', 'expected a number of ms or a [min, max] range');
  const min = numberIn('faults.latencyMs[0]', value[0], 0, 60_000);
  return [min, numberIn('faults.latencyMs[1]', value[1], min, 60_000)];
}

function statusesOf(value: FaultOptions['errorStatuses']): readonly number[] {
  if (value === undefined) return [500, 503, 529, 429];
  if (!Array.isArray(value) || value.length === 0) fail('faults.errorStatuses', 'expected a non-empty list of statuses');
  for (const status of value) {
    if (!(INJECTABLE_STATUSES as readonly number[]).includes(status)) {
      fail('faults.errorStatuses', `expected statuses from ${INJECTABLE_STATUSES.join(', ')}, got ${JSON.stringify(status)}`);
    }
  }
  return [...value];
}

export function faultsOf(value: FaultOptions = {}): NormalisedFaults {
  onlyKnown(value, ['seed', 'latencyMs', 'errorRate', 'errorStatuses', 'resetRate'], 'faults.');
  return {
    seed: value.seed === undefined ? 1 : numberIn('faults.seed', value.seed, 0, 2 ** 32 - 1, true),
    latencyMs: latencyOf(value.latencyMs),
    errorRate: value.errorRate === undefined ? 0 : numberIn('faults.errorRate', value.errorRate, 0, 1),
    errorStatuses: statusesOf(value.errorStatuses),
    resetRate: value.resetRate === undefined ? 0 : numberIn('faults.resetRate', value.resetRate, 0, 1),
  };
}
