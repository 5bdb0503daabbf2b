// CPU readings from /proc (Linux): how much of the server core the server under test and
// everything else used during a run.
import fs from 'node:fs';

/** CPU time so far of one core (all processes) and of one process, in clock ticks. */
export function cpuSnapshot(core, pid) {
  const line = fs
    .readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`cpu${core} `));
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  // Interrupt time is left out of `busy`: it is mostly the loopback traffic of the benchmark
  // itself, which the kernel charges to no process. Steal (the hypervisor) does count.
  const busy = user + nice + system + steal;
  let own = 0;
  try {
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    own = Number(fields[11]) + Number(fields[12]);
  } catch {
    own = NaN;
  }
  return { busy, total: busy + idle + iowait + irq + softirq, own };
}

/** Share of the core's time, between two snapshots, that process `pid` itself used. */
export function ownShare(before, after) {
  const total = after.total - before.total;
  if (!(total > 0) || Number.isNaN(after.own - before.own)) return null;
  return (after.own - before.own) / total;
}

/**
 * Share of the core's time, between two snapshots, used by processes other than `pid`:
 * other work on the machine that competed with the server under test.
 */
export function foreignShare(before, after) {
  const total = after.total - before.total;
  if (!(total > 0) || Number.isNaN(after.own - before.own)) return null;
  const foreign = after.busy - before.busy - (after.own - before.own);
  return Math.max(0, foreign / total);
}
