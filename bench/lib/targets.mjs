// The targets, and the checks of a run's figures against them. Every check shows
// the mock's figure next to the target and Prism's figure (and the bare Node ceiling's,
// where it applies). Result: PASS, MISS, INVALID (a run got unexpected answers), ERROR (the
// section failed) or n/a (not measured as the target is stated, e.g. in quick mode).
import { CLIENT_BOUND, NOISY } from './config.mjs';
import { int, kib, latency, mib, ms, ratio } from './stats.mjs';

export const TARGETS = {
  getVsPrism: 5, // GET status: ≥ 5× Prism's throughput
  getVsBare: 0.5, // ... and ≥ half of the bare Node ceiling
  getP99AtTenMs: 5, // p99 ≤ 5 ms at 10 connections
  postVsPrism: 3, // POST with full request validation: ≥ 3× Prism
  coldStartMs: 500,
  memoryGrowthBytes: 5 * 2 ** 20, // 5 MB, read as MiB
  memoryJobs: 100_000,
  lifecycleMs: 2000,
  lifecycleJobs: 1000,
  bundleGzipBytes: 10 * 2 ** 10, // 10 KB, read as KiB
};

const SHORT = {
  'get-pending': 'GET pending job',
  'get-done': 'GET done job',
  'post-valid': 'POST valid body',
  'post-invalid': 'POST invalid body (422)',
};

const verdict = (ok) => (ok ? 'PASS' : 'MISS');
const rps = (s) => (s ? `${int(s.rps)} req/s` : '–');

function throughputChecks(throughput) {
  const checks = [];
  for (const row of throughput.rows) {
    const { mock, prism, bare } = row.servers;
    const what = `${SHORT[row.scenario]}, ${row.connections} conns`;
    const invalid = [mock, prism, bare].some((s) => s && s.unexpected > 0);
    const result = (ok) => (invalid ? 'INVALID' : verdict(ok));
    const worst = Math.max(...[mock, prism, bare].map((s) => s?.foreign ?? 0));
    const note = worst > NOISY ? `(noisy: up to ${(worst * 100).toFixed(0)}% other load)` : undefined;
    const vsPrism = row.ratios.prism;
    if (row.kind === 'get') {
      const vsBare = row.ratios.bare;
      const bound =
        bare.clientBusy !== null && bare.clientBusy >= CLIENT_BOUND
          ? '(bare Node is bound by the load generator: the true ceiling is higher, and this ratio flatters the mock)'
          : undefined;
      checks.push({
        measure: `${what}: throughput vs Prism`,
        mock: `${rps(mock)} (${ratio(vsPrism)})`,
        prism: rps(prism),
        bare: rps(bare),
        target: `≥ ${TARGETS.getVsPrism}× Prism`,
        result: result(vsPrism >= TARGETS.getVsPrism),
        note,
      });
      checks.push({
        measure: `${what}: throughput vs bare Node`,
        mock: `${rps(mock)} (${ratio(vsBare)})`,
        prism: rps(prism),
        bare: rps(bare),
        target: `≥ ${TARGETS.getVsBare}× bare Node`,
        result: result(vsBare >= TARGETS.getVsBare),
        note: [note, bound].filter(Boolean).join(' ') || undefined,
      });
      if (row.connections === 10) {
        checks.push({
          measure: `${what}: p99 latency`,
          mock: latency(mock.p99),
          prism: latency(prism.p99),
          bare: latency(bare.p99),
          target: `≤ ${TARGETS.getP99AtTenMs} ms`,
          // autocannon rounds down to whole ms: a reported 5 may be 5.9, so PASS needs < 5
          result: result(mock.p99 + 1 <= TARGETS.getP99AtTenMs),
          note,
        });
      }
    } else {
      checks.push({
        measure: `${what}: throughput vs Prism`,
        mock: `${rps(mock)} (${ratio(vsPrism)})`,
        prism: rps(prism),
        bare: 'n/a',
        target: `≥ ${TARGETS.postVsPrism}× Prism`,
        result: result(vsPrism >= TARGETS.postVsPrism),
        note,
      });
    }
  }
  return checks;
}

function coldStartChecks(cold) {
  return [
    {
      measure: `Cold start, spawn to first 200 (median of ${cold.mock.launches})`,
      mock: ms(cold.mock.median),
      prism: ms(cold.prism.median),
      bare: 'n/a',
      target: `≤ ${ms(TARGETS.coldStartMs)}`,
      result: verdict(cold.mock.median <= TARGETS.coldStartMs),
    },
  ];
}

function lifecycleChecks(life) {
  const failed = life.mock.failures > 0;
  const measured = life.jobs === TARGETS.lifecycleJobs;
  return [
    {
      measure: `${int(life.jobs)} concurrent jobs to done, instant timing (wall time)`,
      mock: ms(life.mock.wallMs) + (failed ? ` (${life.mock.failures} failed)` : ''),
      prism: `${ms(life.prism.wallMs)} (stateless)`,
      bare: 'n/a',
      target: `≤ ${ms(TARGETS.lifecycleMs)}`,
      result: !measured ? 'n/a' : failed ? 'MISS' : verdict(life.mock.wallMs <= TARGETS.lifecycleMs),
    },
  ];
}

function memoryChecks(mem) {
  const measured = mem.jobs === TARGETS.memoryJobs;
  return [
    {
      measure: `Memory growth (RSS) after ${int(mem.jobs)} jobs`,
      mock: `${mib(mem.growth.rss)} (heap ${mib(mem.growth.heapUsed)})`,
      prism: 'n/a (stores no jobs)',
      bare: 'n/a',
      target: `≤ ${mib(TARGETS.memoryGrowthBytes)}`,
      result: measured
        ? verdict(mem.growth.rss <= TARGETS.memoryGrowthBytes)
        : `n/a (${int(mem.jobs)} jobs, not ${int(TARGETS.memoryJobs)})`,
    },
  ];
}

function bundleChecks(bundle) {
  return [
    {
      measure: 'Client bundle, minified + gzipped',
      mock: `${kib(bundle.gzip)} (${int(bundle.gzip)} B)`,
      prism: 'n/a',
      bare: 'n/a',
      target: `≤ ${kib(TARGETS.bundleGzipBytes)}`,
      result: verdict(bundle.gzip <= TARGETS.bundleGzipBytes),
    },
  ];
}

const SECTIONS = [
  ['throughput', 'Throughput and latency', throughputChecks],
  ['coldstart', 'Cold start', coldStartChecks],
  ['lifecycle', 'Lifecycle', lifecycleChecks],
  ['memory', 'Memory', memoryChecks],
  ['bundle', 'Client bundle', bundleChecks],
];

/** All checks of a run, in report order. Sections that failed give one ERROR row. */
export function evaluate(results) {
  const checks = [];
  for (const [key, title, check] of SECTIONS) {
    if (results.errors[key]) {
      checks.push({ measure: title, mock: 'not measured', prism: '–', bare: '–', target: '–', result: 'ERROR', note: results.errors[key] });
    } else if (results[key]) {
      checks.push(...check(results[key]));
    }
  }
  return checks;
}
