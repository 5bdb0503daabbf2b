// Combines several runs of one measurement (from lib/wrk.mjs) into the figure reported.
import { median } from './stats.mjs';

const most = (runs, key) => (runs.some((r) => typeof r[key] === 'number') ? Math.max(...runs.map((r) => r[key] ?? 0)) : null);

/** The median of each figure over the runs; answers and errors are summed. */
export function combineRuns(runs) {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    unexpected: runs.reduce((sum, r) => sum + r.unexpected, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    codes: runs.reduce((acc, r) => {
      for (const [status, count] of Object.entries(r.codes)) acc[status] = (acc[status] ?? 0) + count;
      return acc;
    }, {}),
    // the most any run's server core was used by other processes (null when not measured)
    foreign: most(runs, 'foreign'),
    clientBusy: median(runs.map((r) => r.clientBusy)),
    serverBusy: median(runs.map((r) => r.serverBusy)),
    runs: runs.map((r) => ({ rps: r.rps, p50: r.p50, p99: r.p99, foreign: r.foreign, clientBusy: r.clientBusy, serverBusy: r.serverBusy })),
  };
}
