// The CLI's flags for the seeded faults and the live-style rate limit (the Faults group of
// --help): all off unless given.
import type { FaultOptions, MockOptions } from '../../server/index.js';
import { type Flag, number } from './flag.js';

const GROUP = 'Faults (off by default, seeded)';

const faults = (options: MockOptions): FaultOptions => (options.faults ??= {});

/** `200` is a fixed latency, `50-400` a range. */
function latency(value: string): number | [number, number] {
  const [min = '', max] = value.split('-');
  return max === undefined ? number('fault-latency', min) : [number('fault-latency', min), number('fault-latency', max)];
}

/** The two rate-limit flags add to each other, in either order. */
const rateLimit = (o: MockOptions) => (typeof o.rateLimit === 'object' ? o.rateLimit : {});

export const FAULT_FLAGS: readonly Flag[] = [
  {
    name: 'fault-seed',
    arg: 'n',
    group: GROUP,
    help: 'Seed for the fault dice (default 1)',
    option: 'faults.seed',
    apply: (o, v) => (faults(o).seed = number('fault-seed', String(v))),
  },
  {
    name: 'fault-latency',
    arg: 'ms',
    group: GROUP,
    help: 'Added latency: "200" or a range "50-400"',
    option: 'faults.latencyMs',
    apply: (o, v) => (faults(o).latencyMs = latency(String(v))),
  },
  {
    name: 'fault-error-rate',
    arg: 'p',
    group: GROUP,
    help: 'Share of API requests answered with an error (0-1)',
    option: 'faults.errorRate',
    apply: (o, v) => (faults(o).errorRate = number('fault-error-rate', String(v))),
  },
  {
    name: 'fault-statuses',
    arg: 'list',
    group: GROUP,
    help: 'Statuses for those errors (default 500,503,529,429)',
    option: 'faults.errorStatuses',
    apply: (o, v) =>
      (faults(o).errorStatuses = String(v)
        .split(',')
        .map((s) => number('fault-statuses', s.trim()))),
  },
  {
    name: 'fault-reset-rate',
    arg: 'p',
    group: GROUP,
    help: 'Share of API requests whose connection is reset (0-1)',
    option: 'faults.resetRate',
    apply: (o, v) => (faults(o).resetRate = number('fault-reset-rate', String(v))),
  },
  {
    name: 'rate-limit',
    arg: 'n',
    bare: '1',
    group: GROUP,
    help: 'Live-style rate limit: n creates/s per key per model (alone: 1, as live)',
    option: 'rateLimit',
    apply: (o, v) => (o.rateLimit = { ...rateLimit(o), perSecond: number('rate-limit', String(v) || '1') }),
  },
  {
    name: 'rate-limit-polls',
    group: GROUP,
    help: 'Count polls against the rate limit too (with --rate-limit)',
    option: 'rateLimit',
    apply: (o) => (o.rateLimit = { ...rateLimit(o), includePolls: true }),
  },
];
