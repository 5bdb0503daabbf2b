// Runs autocannon as a separate process on the client core and reads its JSON. Used where
// a fixed number of requests is wanted (the memory figure); the throughput figures use wrk
// (lib/wrk.mjs), which one process can drive much faster.
import { config } from './config.mjs';
import { cpuSnapshot, foreignShare } from './cpu.mjs';
import { pinning, startProcess } from './proc.mjs';

let runCount = 0;

/**
 * One autocannon run against `target` ({ url, method, headers, body, expectStatus, pid }),
 * in a process of its own on the client core (bench/lib/autocannon-child.mjs).
 * Pass `duration` (seconds) or `amount` (number of requests). With `pid` (the server's)
 * and pinning, the run also reports how much of the server core other processes used.
 */
export async function autocannon(target, { connections, duration, amount, overallRate, timeout, pathsFile }) {
  const options = {
    url: target.url,
    method: target.method ?? 'GET',
    headers: target.headers ?? {},
    connections,
    ...(amount !== undefined ? { amount } : { duration }),
    ...(target.body !== undefined ? { body: target.body } : {}),
    ...(overallRate !== undefined ? { overallRate } : {}),
    ...(timeout !== undefined ? { timeout } : {}),
    ...(pathsFile !== undefined ? { pathsFile } : {}),
  };

  const watch = pinning.enabled && target.pid !== undefined;
  const before = watch ? cpuSnapshot(config.serverCore, target.pid) : null;
  const proc = startProcess(`autocannon-${++runCount}`, process.execPath, ['bench/lib/autocannon-child.mjs', JSON.stringify(options)], {
    core: config.clientCore,
    capture: true,
  });
  const { code, stdout } = await proc.done;
  const foreign = watch ? foreignShare(before, cpuSnapshot(config.serverCore, target.pid)) : null;
  let out;
  try {
    out = JSON.parse(stdout.trim().split('\n').pop() ?? '');
  } catch {
    throw new Error(`autocannon exited with ${code} and no JSON result (see ${proc.logPath})`);
  }
  return { ...summarize(out.result, target.expectStatus), foreign, clientBusy: out.cpuShare };
}

/** The figures we keep from one autocannon result. */
export function summarize(raw, expectStatus) {
  const codes = {};
  for (const [status, { count }] of Object.entries(raw.statusCodeStats ?? {})) codes[status] = count;
  const responses = raw.requests.total;
  const expected = codes[String(expectStatus)] ?? 0;
  return {
    rps: responses / raw.duration,
    p50: raw.latency.p50,
    p99: raw.latency.p99,
    max: raw.latency.max,
    timeouts: raw.timeouts,
    responses,
    seconds: raw.duration,
    codes,
    errors: raw.errors + raw.timeouts,
    // responses with another status than the expected one, plus connection errors
    unexpected: responses - expected + raw.errors + raw.timeouts,
  };
}
