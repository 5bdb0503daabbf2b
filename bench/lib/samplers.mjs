// Things sampled in the background while a load runs: the server's RSS, and requests on a
// fresh connection each (does a new client still get in, and how fast?).
import { request, residentBytes } from './proc.mjs';
import { median } from './stats.mjs';

/** Reads the RSS of `pid` every `intervalMs` until stop(), which resolves with [{ tMs, rss }]. */
export function sampleRss(pid, intervalMs) {
  const t0 = performance.now();
  const samples = [];
  const read = () => {
    try {
      samples.push({ tMs: performance.now() - t0, rss: residentBytes(pid) });
    } catch {
      // the process is gone: the load run reports its errors
    }
  };
  read();
  const timer = setInterval(read, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      return samples;
    },
  };
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : null);

/**
 * Sends `target` ({ url, headers, expectStatus }) on a new connection every `intervalMs`
 * until stop(), which resolves with the count, the failures (by reason) and the latencies.
 */
export function probeFreshConnections(target, { intervalMs, timeoutMs }) {
  const latencies = [];
  const failures = {};
  const pending = new Set();
  const fail = (reason) => {
    failures[reason] = (failures[reason] ?? 0) + 1;
  };
  const once = () => {
    const t0 = performance.now();
    const p = request(target.url, { headers: target.headers, timeoutMs, agent: false })
      .then((res) => {
        if (res.status === target.expectStatus) latencies.push(performance.now() - t0);
        else fail(`HTTP ${res.status}`);
      })
      .catch((error) => fail(error.code ?? (/timeout/.test(error.message) ? `no answer in ${timeoutMs} ms` : error.message)))
      .finally(() => pending.delete(p));
    pending.add(p);
  };
  once();
  const timer = setInterval(once, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(pending);
      const sorted = [...latencies].sort((a, b) => a - b);
      const failed = Object.values(failures).reduce((a, b) => a + b, 0);
      return {
        sent: sorted.length + failed,
        answered: sorted.length,
        failures,
        p50: median(sorted),
        p99: percentile(sorted, 99),
        max: sorted.length ? sorted[sorted.length - 1] : null,
      };
    },
  };
}
