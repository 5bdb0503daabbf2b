// Checks and report of a `make bench-load` run (issue 12): bench/RESULTS-load.md.
import { config } from './config.mjs';
import { banner, errorsSection, esc, nodeCommand, percent, table, targetsTable } from './markdown.mjs';
import { dec2, int, mib, msPrecise } from './stats.mjs';
import { evaluateSections, TARGETS } from './targets.mjs';

const FULL_POLLING = { connections: 1000, jobs: 10_000, seconds: 60 };
const signedMib = (bytes) => `${bytes >= 0 ? '+' : ''}${mib(bytes)}`;
const kinds = (run) =>
  Object.entries(run.errorKinds)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${int(n)} ${k}`)
    .join(', ') || 'none';
const otherStatuses = (run, expect) =>
  Object.entries(run.codes)
    .filter(([status]) => status !== String(expect))
    .map(([status, n]) => `${int(n)} × ${status}`)
    .join(', ') || 'none';

/**
 * "No error" is judged where a client offers a rate (the fixed-rate run): at saturation
 * node:http itself answers some connections past wrk's 5 s (the bare server's row beside
 * it shows by how many), so the saturated run reports its errors next to the ceiling's.
 * "RSS flat" is judged on readings after two full GCs (the live set), with the young
 * generation fixed in size; the readings without a GC over each run are reported.
 */
function pollingChecks(p) {
  const full = p.connections === FULL_POLLING.connections && p.jobs === FULL_POLLING.jobs && p.seconds >= FULL_POLLING.seconds;
  const what = `${int(p.connections)} connections polling ${int(p.jobs)} live jobs for ${p.seconds} s`;
  const fullOnly = (pass) => (full ? (pass ? 'PASS' : 'MISS') : 'n/a (not the full run)');
  const checks = [...ratedChecks(p, what)];
  checks.push(
    {
      measure: `${what}, saturated (one wrk process): errors`,
      mock: `${int(p.run.errors)} socket errors and timeouts (${kinds(p.run)}); other statuses than 202: ${otherStatuses(p.run, 202)}; ${int(p.run.responses)} answers`,
      target: p.bare ? `reported, beside bare node:http: ${int(p.bare.errors)} (${kinds(p.bare)}) of ${int(p.bare.responses)}` : 'reported',
      result: 'reported',
    },
    {
      measure: `${what}, saturated: latency`,
      mock: `p50 ${msPrecise(p.run.p50)}, p99 ${msPrecise(p.run.p99)}, max ${msPrecise(p.run.max)} (${int(p.run.rps)} req/s)`,
      target: p.bare ? `reported, beside bare node:http: p99 ${msPrecise(p.bare.p99)} (${int(p.bare.rps)} req/s)` : 'reported',
      result: 'reported',
    },
  );
  if (p.gc) {
    const { baseline, afterRated } = p.gc;
    const growth = afterRated.rss - baseline.rss;
    checks.push({
      measure: `${what}: RSS after two full GCs, from after the warm-up to after both runs`,
      mock: `${signedMib(growth)} (${mib(baseline.rss)} → ${mib(p.gc.afterSaturated.rss)} → ${mib(afterRated.rss)}; heap used ${signedMib(afterRated.heapUsed - baseline.heapUsed)})`,
      target: `≤ ${mib(TARGETS.loadRssDriftBytes)}`,
      result: fullOnly(growth <= TARGETS.loadRssDriftBytes),
    });
  }
  for (const [label, rss] of [
    ['saturated', p.rss],
    ['at the fixed rate', p.ratedRss],
  ]) {
    if (!rss) continue;
    checks.push({
      measure: `${what}, ${label}: RSS drift without a GC, after the first ${rss.settleMs / 1000} s`,
      mock: `${signedMib(rss.drift)} (${mib(rss.start)} → ${mib(rss.end)}, max ${mib(rss.max)})`,
      target: 'reported',
      result: 'reported',
    });
  }
  return checks;
}

/** The same connections at a fixed offered rate: a job that finished meanwhile (200) is no error. */
function ratedChecks(p, what) {
  const r = p.rated;
  if (!r) return [];
  const other = Object.entries(r.codes).filter(([status]) => status !== '200' && status !== '202');
  const bad = r.errors + other.reduce((sum, [, n]) => sum + n, 0);
  const at = `${what}, at a fixed ${int(r.rate)} req/s`;
  return [
    {
      measure: `${at}: errors`,
      mock: `${int(r.errors)} socket errors and timeouts; statuses ${JSON.stringify(r.codes)}; ${int(r.responses)} answers`,
      target: `${TARGETS.loadErrors}`,
      result: bad === TARGETS.loadErrors ? 'PASS' : 'MISS',
    },
    {
      measure: `${at}: latency`,
      mock: `p50 ${r.p50} ms, p99 ${r.p99} ms, max ${r.max} ms (${int(r.rps)} req/s)`,
      target: 'reported',
      result: 'reported',
    },
  ];
}

function slowlorisChecks(s) {
  const d = s.during;
  const answered = d.run.unexpected === 0 && d.probes.answered === d.probes.sent;
  const p99Ratio = d.run.p99 / s.baseline.run.p99;
  return [
    {
      measure: `${int(s.connections)} slowloris connections: normal requests still answered`,
      mock: `${int(d.run.responses)} answers, ${int(d.run.unexpected)} errors or other statuses; fresh connections ${d.probes.answered}/${d.probes.sent} answered`,
      target: 'every one',
      result: answered ? 'PASS' : 'MISS',
    },
    {
      measure: `${int(s.connections)} slowloris connections: normal latency`,
      mock: `p50 ${msPrecise(d.run.p50)} (without: ${msPrecise(s.baseline.run.p50)}), p99 ${msPrecise(d.run.p99)} (without: ${msPrecise(s.baseline.run.p99)}, ${dec2(p99Ratio)}×); fresh connection p99 ${msPrecise(d.probes.p99)} (without: ${msPrecise(s.baseline.probes.p99)})`,
      target: 'reported',
      result: 'reported',
    },
  ];
}

export const evaluateLoad = (results) =>
  evaluateSections(results, [
    ['polling', 'Polling load', pollingChecks],
    ['slowloris', 'Slowloris', slowlorisChecks],
  ]);

const rssList = (samples) => samples.map((x) => `${(x.tMs / 1000).toFixed(0)} s: ${(x.rss / 2 ** 20).toFixed(1)}`).join(', ');

function wrkRow(label, r) {
  return [
    label,
    int(r.rps),
    msPrecise(r.p50),
    msPrecise(r.p90),
    msPrecise(r.p99),
    msPrecise(r.p999),
    msPrecise(r.max),
    esc(JSON.stringify(r.codes)),
    kinds(r),
    percent(r.serverBusy),
    percent(r.clientBusy),
    percent(r.foreign),
  ];
}

function pollingSection(p) {
  const gc = p.gc;
  const gcCell = (m) => `${mib(m.rss)} (heap used ${mib(m.heapUsed)})`;
  return [
    '## Polling load',
    '',
    `${int(p.jobs)} jobs created with \`Prefer: timing=slow\` (15 s at 720p: minutes of pending, in ${int(p.createMs)} ms), then polled over ${int(p.connections)} keep-alive connections, each request the next job in the list (\`WRK_PATHS\`), ${p.warmup} s of warm-up and then three runs of ${p.seconds} s. **Saturated:** one wrk process sends as fast as it can, so the server core is the limit. **Fixed rate:** autocannon (one process on the client core) sends the same connections the same list at ${int(p.rated?.rate ?? config.pollRate)} req/s in all (\`overallRate\`), as pollers do. **Bare node:http:** \`bench/servers/bare.mjs\` answering the mock's pending body for every path, under the saturated run's exact command: what node:http itself does at saturation. Every answer's status is counted (a job finished during the run would show as a 200); an answer slower than ${config.wrkTimeoutSeconds} s counts as a timeout.`,
    '',
    gc
      ? `The mock is \`bench/servers/mock-host.mjs\` (the \`startMockServer\` the CLI runs) under \`node --expose-gc\` with the young generation fixed at 2 × ${gc.youngMib} MiB: V8 otherwise grows it under load, at moments of its choosing, by up to 30 MiB. Its RSS is read after two full GCs (the live set) after the warm-up, after the saturated run and after the fixed-rate run, and every ${config.rssSampleMs / 1000} s without a GC during both runs (\`/proc/<pid>/status\`; a drift is the median of the last 5 readings minus the median of the 5 after the first ${p.rss.settleMs / 1000} s).`
      : '',
    '',
    table(
      ['Run', 'req/s', 'p50', 'p90', 'p99', 'p99.9', 'max', 'Answers', 'Socket errors', 'Server CPU', 'wrk CPU', 'Other load'],
      [wrkRow('mock, saturated', p.run), ...(p.bare ? [wrkRow('bare node:http, saturated', p.bare)] : [])],
    ),
    '',
    p.rated
      ? `At the fixed rate: ${int(p.rated.responses)} answers (${esc(JSON.stringify(p.rated.codes))}), ${int(p.rated.errors)} socket errors and timeouts, p50 ${p.rated.p50} ms, p99 ${p.rated.p99} ms, max ${p.rated.max} ms.`
      : '',
    '',
    `After the runs, ${p.after.pending} of ${p.after.checked} jobs sampled across the list were still pending.`,
    '',
    gc
      ? `RSS after two full GCs: after the warm-up ${gcCell(gc.baseline)}, after the saturated run ${gcCell(gc.afterSaturated)}, after the fixed-rate run ${gcCell(gc.afterRated)}.`
      : '',
    '',
    `RSS (MiB) without a GC, saturated run: ${rssList(p.rss.samples)}.`,
    ...(p.ratedRss ? ['', `RSS (MiB) without a GC, fixed-rate run: ${rssList(p.ratedRss.samples)}.`] : []),
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

function normalRow(label, n) {
  const r = n.run;
  const probeFailures =
    Object.entries(n.probes.failures)
      .map(([k, v]) => `${v} × ${k}`)
      .join(', ') || 'none';
  return [
    label,
    int(r.rps),
    msPrecise(r.p50),
    msPrecise(r.p99),
    msPrecise(r.max),
    `${int(r.unexpected)} (${kinds(r)})`,
    `${n.probes.answered}/${n.probes.sent}`,
    msPrecise(n.probes.p50),
    msPrecise(n.probes.p99),
    msPrecise(n.probes.max),
    esc(probeFailures),
  ];
}

function slowlorisSection(s) {
  const a = s.attack;
  const errors = (map) =>
    Object.entries(map)
      .map(([k, v]) => `${v} × ${k}`)
      .join(', ') || 'none';
  return [
    '## Slowloris',
    '',
    `Normal requests: wrk over ${s.normalConnections} keep-alive connections polling a pending job, and one request on a new connection every ${s.probeMs} ms (a probe; unanswered after ${s.probeTimeoutMs} ms counts as a failure). Measured for ${s.baselineSeconds} s without, then for ${s.attackSeconds} s with ${int(s.connections)} slowloris connections: each sends the start of a GET and then one more header byte every ${s.trickleMs} ms, never the blank line that ends the headers, and is opened again 250 ms after the server closes it (\`bench/lib/slowloris-client.mjs\`, on the client core).`,
    '',
    table(
      ['Normal requests', 'req/s', 'p50', 'p99', 'max', 'Errors', 'Fresh connections answered', 'p50', 'p99', 'max', 'Failures'],
      [normalRow('without slowloris', s.baseline), normalRow(`with ${int(s.connections)} slowloris connections`, s.during)],
    ),
    '',
    table(
      ['Slowloris connections', ''],
      [
        [
          'Open when the normal load started',
          `${int(a.openAtStart)} of ${int(s.connections)} (connect errors: ${errors(a.connectErrorsAtStart)})`,
        ],
        ['Open at the end; fewest and most during the run', `${int(a.openAtEnd)}; ${int(a.minOpen)} and ${int(a.maxOpen)}`],
        [
          'Closed by the server (then opened again)',
          `${int(a.closedByServer)}${a.lifetimeMedianMs === null ? '' : `, after ${msPrecise(a.lifetimeMedianMs)} (median), ${msPrecise(a.lifetimeMaxMs)} at most`}`,
        ],
        ['What the server sent them', esc(JSON.stringify(a.answers))],
        ['Connect errors during the run', errors(a.connectErrors)],
      ],
    ),
  ].join('\n');
}

function machineLine(r) {
  const m = r.machine;
  return [
    '## Machine and method',
    '',
    `${m.cpu}, ${m.cores} cores; Node ${m.node}; ${m.os}; load average ${m.loadAverage.map((l) => l.toFixed(2)).join(' / ')} at start, ${(m.loadAverageEnd ?? []).map((l) => l.toFixed(2)).join(' / ')} at end; commit ${m.commit} (${m.date}).`,
    `${r.pinning} Load generator: ${m.wrk}, one thread, \`bench/wrk/request.lua\`. The mock: \`${nodeCommand(r.settings)} ${r.settings.mockCli} --port <port> --grpc-port off --host 127.0.0.1 --quiet --timing realistic\`, with its open-files limit raised to the hard limit (\`ulimit -n\`), as are wrk's and the slowloris client's. Total time ${(r.elapsedMs / 1000).toFixed(0)} s.`,
  ].join('\n');
}

export function renderLoadReport(r) {
  const lines = banner(r.settings);
  const parts = [
    '# Load benchmarks',
    '',
    'Written by `make bench-load` (`node bench/load.mjs`): many connections, and slow clients, against the mock. Do not edit by hand.',
    ...(lines.length ? ['', ...lines] : []),
    '',
    targetsTable(evaluateLoad(r), [['This mock', 'mock']]),
    '',
    machineLine(r),
  ];
  if (r.polling) parts.push('', pollingSection(r.polling));
  if (r.slowloris) parts.push('', slowlorisSection(r.slowloris));
  const errors = errorsSection(r.errors);
  if (errors) parts.push('', errors);
  parts.push(
    '',
    '## Notes',
    '',
    `- Targets from issue 12: no error (judged at the fixed offered rate; the saturated run's errors are reported beside bare node:http's under the same command), p99 reported, RSS flat (read as growth ≤ ${mib(TARGETS.loadRssDriftBytes)} of the RSS after two full GCs, from after the warm-up to after both runs); during the slowloris run normal requests keep being answered, with their latency reported next to the figure without it.`,
    '- Reproduce: `make bench-load` (about 5 minutes after the build); `BENCH_QUICK=1 node bench/load.mjs` for a check of the harness (written to bench/tmp/).',
    '',
  );
  return parts.join('\n');
}
