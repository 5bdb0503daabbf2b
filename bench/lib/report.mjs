// Renders a `make bench` run's results as bench/RESULTS.md.
import { CLIENT_BOUND, NOISY } from './config.mjs';
import { banner, errorsSection, esc, nodeCommand, percent, table, targetsTable } from './markdown.mjs';
import { memorySection } from './report-memory.mjs';
import { dec1, dec2, int, kib, mib, ms, msPrecise } from './stats.mjs';
import { evaluate, TARGETS } from './targets.mjs';
import { fitCurve, workAt } from './work-budget.mjs';

const PEERS = ['mock', 'prism', 'steady', 'bare'];

function machineSection(r) {
  const m = r.machine;
  const s = r.settings;
  return [
    '## Machine and method',
    '',
    table(
      ['', ''],
      [
        ['CPU', `${m.cpu}, ${m.cores} cores`],
        ['Node', m.node],
        [
          'OS',
          `${m.os}, ${mib(m.memory).replace(' MiB', '')} MiB RAM, load average ${m.loadAverage.map((l) => l.toFixed(2)).join(' / ')} at start, ${(m.loadAverageEnd ?? []).map((l) => l.toFixed(2)).join(' / ')} at end`,
        ],
        ['Commit', `${m.commit} (${m.date})`],
        ['Pinning', r.pinning],
        [
          'Load generator',
          `${m.wrk}: one process per run, 1 thread, keep-alive, no pipelining, \`bench/wrk/request.lua\` (sets the request, counts every status, prints the figures); autocannon ${m.autocannon} for the fixed request counts of the memory figure`,
        ],
        [
          'Runs',
          `${s.runs} × ${s.duration} s per figure, median reported; ${s.warmup} s warm-up per server and request; runs interleaved ${PEERS.join(', ')}`,
        ],
        [
          'Prism',
          `@stoplight/prism-cli ${m.prism}: \`${nodeCommand(s)} node_modules/@stoplight/prism-cli/dist/index.js mock openapi/xai-video.yaml -h 127.0.0.1 -p <port> -v error\``,
        ],
        [
          'Steady',
          `@stdy/cli ${m.steady}: \`node_modules/@stdy/cli-linux-x64/bin/steady --host 127.0.0.1 --port <port> --quiet --no-color openapi/xai-video.yaml\` (its binary, without the Node wrapper; \`DENO_NO_UPDATE_CHECK=1 OTEL_DENO=false DENO_NO_PROMPT=1\`)`,
        ],
        [
          'Mock',
          `\`${nodeCommand(s)} ${s.mockCli} --port <port> --grpc-port off --host 127.0.0.1 --quiet --timing realistic\` (instant for the lifecycle)`,
        ],
        [
          'Bare Node',
          `\`${nodeCommand(s)} bench/servers/bare.mjs\`: \`node:http\` answering what the mock answered for the same job (status, its headers, body), written as the mock’s Node host writes it (at once, or with the rest of a busy turn of the event loop: \`src/hosts/node/turn-writer.ts\`)`,
        ],
        ['Total time', `${(r.elapsedMs / 1000).toFixed(0)} s`],
      ],
    ),
  ].join('\n');
}

function throughputSection(t) {
  const rows = [];
  for (const row of t.rows) {
    for (const [name, s] of Object.entries(row.servers)) {
      const status = s.unexpected
        ? `**${int(s.unexpected)} unexpected** ${esc(JSON.stringify(s.codes))}, ${int(s.errors)} errors`
        : `all ${s.expectStatus}`;
      rows.push([
        row.title,
        String(row.connections),
        name,
        int(s.rps),
        msPrecise(s.p50),
        msPrecise(s.p99),
        s.runs.map((x) => int(x.rps)).join(', '),
        percent(s.serverBusy),
        percent(s.clientBusy),
        s.foreign === null ? '–' : percent(s.foreign),
        status,
      ]);
    }
  }
  return [
    '## Throughput and latency',
    '',
    'Medians of the runs; req/s counts every answer (for the invalid body, the rejections). Latencies are wrk’s, measured in µs.',
    '**Ratios and the ceiling.** The ceiling is `bench/servers/bare.mjs`, a `node:http` server that answers what the mock answered for the same job (the status, the headers the mock chose: x-request-id and CORS, the body), written as the mock’s Node host writes it, and does nothing else, measured by the same wrk in the same round as the mock. A ratio in the targets is the median, over the rounds, of (mock req/s ÷ peer req/s) within one round: the servers of a round are measured back to back, so drift of the machine between rounds (visible in the per-run figures) cancels out. Beside each ratio, the lowest and highest of its rounds: drift within a round does not cancel, and the spread shows how near its target a median is.',
    `"Server CPU": the CPU the server process used, as a share of the run's wall time; near 100%, the server set the pace. "wrk CPU": the CPU the wrk process used (all its threads, \`os.clock()\`), as a share of the run's wall time; from ${CLIENT_BOUND * 100}% on, the figure is what one wrk process can send rather than what the server can answer, and a ceiling measured so is flagged in the targets.`,
    `"Other load": the most, over the runs, that processes other than the server used of the server core (user, system and steal time from \`/proc/stat\`, minus the server's own). A run above ${NOISY * 100}% is repeated while a budget of repeats lasts (the quietest attempt is kept; ${t.retries} repeats in this run), and a figure still above it is flagged as noisy in the targets.`,
    'For the pending GET, the mock gets a new job (`Prefer: timing=slow`, 15 s at 720p: minutes of pending) before every run, and Prism gets `Prefer: code=202` so that it answers its pending example. Steady cannot be asked for another response than the first in the spec, so in both GET rows it answers its `200` (done) example. The invalid body (`duration: "ten"`, a wrong type) is rejected by all three: 422 by the mock and Prism, 400 by Steady (`--reject-on-sdk-error`); Steady answers a range violation such as `duration: 99` with 200.',
    '',
    table(['Request', 'Conns', 'Server', 'req/s', 'p50', 'p99', 'Runs (req/s)', 'Server CPU', 'wrk CPU', 'Other load', 'Answers'], rows),
  ].join('\n');
}

const PEER_TITLE = { steady: 'Steady', bare: 'bare Node' };

function pairedSection(t) {
  if (!t.paired?.length) return '';
  const rows = t.paired.map((p) => [
    p.title,
    String(p.connections),
    PEER_TITLE[p.peer] ?? p.peer,
    `${dec2(p.ratio)}×`,
    p.ratios.map((x) => dec2(x)).join(', '),
  ]);
  return [
    '## Paired: the mock and a peer loaded at once',
    '',
    'The same requests, with the mock and Steady (then the mock and bare Node) loaded at the same time, one wrk each, both servers on the server core: they share every slowdown of the core, so mock ÷ peer in one run is the inverse of their cost per request. On a shared VM, runs measured one after another move by a quarter between rounds; the paired rounds of one run agree to about a tenth, though the ratio still moves between runs at different times (bench/README.md). They are reported beside the targets, which are judged on the figures above.',
    '',
    table(['Request', 'Conns', 'Peer', 'mock ÷ peer (median)', 'Runs'], rows),
  ].join('\n');
}

function generatorSection(g, throughput) {
  const intro = [
    '## Load generator check',
    '',
    'What wrk itself can send on the client core: the same wrk, against nginx answering a fixed 202 (`master_process off`, one process on the server core, `return 202`), a server much faster than `node:http`. A bare Node figure well below it was set by Node, not by wrk; within 80% of it, the ceiling is flagged in the targets.',
    '',
  ];
  if (g.skipped) return [...intro, `Skipped: ${g.skipped}.`].join('\n');
  const bareAt = (connections) => {
    const rows = (throughput?.rows ?? []).filter((r) => r.kind === 'get' && r.connections === connections && r.servers.bare);
    return rows.length ? Math.max(...rows.map((r) => r.servers.bare.rps)) : null;
  };
  const rows = g.rows.map((r) => {
    const bare = bareAt(r.connections);
    return [
      String(r.connections),
      int(r.rps),
      percent(r.clientBusy),
      percent(r.serverBusy),
      bare === null ? '–' : `${int(bare)} (${percent(bare / r.rps)})`,
    ];
  });
  return [
    ...intro,
    `${g.version}.`,
    '',
    table(['Conns', 'wrk → nginx req/s', 'wrk CPU', 'nginx CPU', 'Bare Node, best GET (share)'], rows),
  ].join('\n');
}

const us = (n) => (n === null || n === undefined ? '–' : `${dec1(n)} µs`);

/** The work-budget section: the core's own cost, and what a µs of work per request costs here. */
function workBudgetSection(w, throughput) {
  const lines = [
    '## Work per request: the budget the targets leave',
    '',
    `**The core alone** (\`bench/servers/core-cost.mjs\` on the server core): \`MockCore.handle()\` on a fresh request value, the answer serialised, no socket and no \`node:http\`; the fastest of 5 rounds, hot. This is all the mock does beyond what any \`node:http\` server does.`,
    '',
  ];
  if (w.core)
    lines.push(
      table(
        ['Request', 'Core alone, per request'],
        Object.entries(w.core).map(([name, t]) => [name, us(t)]),
      ),
      '',
    );
  const base = w.curve[0].rps;
  lines.push(
    `**What work per request costs on this machine:** \`bench/servers/bare.mjs\` answering a fixed pending body after spinning the CPU for a set time per request (\`BARE_WORK_US\`), by the same wrk at ${w.connections} connections, runs interleaved, medians. On this machine a µs of work costs more than a µs per request: the client core sleeps while the server works, and waking it is paid in the server's \`writev\` (visible in a \`perf\` profile of either server).`,
    '',
    table(
      ['Work per request', 'req/s', 'Time per request', 'vs no work', 'Runs (req/s)'],
      w.curve.map((c) => [us(c.workUs), int(c.rps), us(1e6 / c.rps), percent(c.rps / base), c.runs.map(int).join(', ')]),
    ),
  );
  const fit = fitCurve(w.curve);
  lines.push(
    '',
    `A line through these points (least squares): time per request = ${us(fit.base)} + ${dec2(fit.slope)} × the work per request: each µs a server spends of its own costs about ${dec2(fit.slope)} µs per request here.`,
  );
  const row = (throughput?.rows ?? []).find((r) => r.scenario === 'get-pending' && r.connections === w.connections);
  if (row) {
    const mock = row.servers.mock?.rps;
    const steady = row.servers.steady?.rps;
    const budget = (rps) => {
      const work = workAt(fit, rps);
      return work <= 0 ? 'no work at all (it is more than bare node:http answers with none)' : us(work);
    };
    lines.push(
      '',
      `Read against that line (GET of a pending job, ${w.connections} connections, the throughput section's medians): ` +
        `≥ ${TARGETS.getVsBare}× bare Node (here ${int(TARGETS.getVsBare * base)} req/s, of the curve's own no-work figure) allows ${budget(TARGETS.getVsBare * base)} of work per request; ` +
        (steady
          ? `≥ ${TARGETS.getVsSteady}× Steady (${int(TARGETS.getVsSteady * steady)} req/s) allows ${budget(TARGETS.getVsSteady * steady)}; `
          : '') +
        (mock ? `the mock's ${int(mock)} req/s is bare node:http with ${us(workAt(fit, mock))} of work per request` : '') +
        (w.core
          ? `, of which the core alone is ${us(w.core['GET pending job'])} hot; the rest is the Node host's glue (the request value, headers, serialising, the connection bound) and the cache misses a hot loop does not have.`
          : '.'),
    );
  }
  return lines.join('\n');
}

function coldStartSection(c) {
  const row = (name, s) => [name, ms(s.median), ms(s.min), ms(s.max), String(s.launches), s.all.map((x) => x.toFixed(0)).join(', ')];
  const servers = ['mock', 'prism', 'steady'].filter((name) => c[name]);
  return [
    '## Cold start',
    '',
    `Process spawn to the first \`200\` to \`POST /v1/videos/generations\` (polled every ${c.pollMs} ms), launches alternating.`,
    '',
    table(
      ['Server', 'Median', 'Min', 'Max', 'Launches', 'All (ms)'],
      servers.map((name) => row(name, c[name])),
    ),
  ].join('\n');
}

function lifecycleSection(l) {
  const row = (name, s) => [
    name,
    ms(s.wallMs),
    s.rounds.map((x) => x.wallMs.toFixed(0)).join(', '),
    int(s.polls),
    String(s.failures) + (s.firstFailure ? ` (${esc(s.firstFailure)})` : ''),
  ];
  const servers = ['mock', 'prism', 'steady'].filter((name) => l[name]);
  return [
    '## Lifecycle',
    '',
    `${int(l.jobs)} jobs started at once (\`POST\`), each polled (\`GET\`) until \`done\`, over ${l.sockets} keep-alive connections, by a client process on the client core; wall time from the first request to the last answer.`,
    'The mock runs with `--timing instant` in a fresh process (the first round includes its warm-up). Prism and Steady are stateless and answer every GET with their `done` example, so their figure is just 1,000 POSTs plus 1,000 GETs.',
    '',
    table(
      ['Server', 'Median wall time', 'Rounds (ms)', 'Polls (median)', 'Failed jobs'],
      servers.map((name) => row(name, l[name])),
    ),
  ].join('\n');
}

function bundleSection(b) {
  return [
    '## Client bundle',
    '',
    `\`${b.command}\`, gzipped with zlib (level 6, the \`gzip\` default; level 9 for reference).`,
    '',
    table(
      ['Minified', 'Gzipped', 'Gzipped (level 9)'],
      [[`${int(b.minified)} B (${kib(b.minified)})`, `**${int(b.gzip)} B (${kib(b.gzip)})**`, `${int(b.gzip9)} B`]],
    ),
  ].join('\n');
}

const NOTES = [
  `- Targets from issue 10: GET status ≥ ${TARGETS.getVsPrism}× Prism, ≥ ${TARGETS.getVsSteady}× Steady and ≥ ${TARGETS.getVsBare}× the bare Node ceiling; POST ≥ ${TARGETS.postVsSteady}× Steady; cold start ≤ ${TARGETS.coldStartMs} ms; memory flat over ${int(TARGETS.memoryJobs)} jobs (read as growth ≤ 5 MiB). Kept from the first benchmark issue: p99 ≤ ${TARGETS.getP99AtTenMs} ms at 10 connections; POST (full request validation) ≥ ${TARGETS.postVsPrism}× Prism; ${int(TARGETS.lifecycleJobs)} jobs to done ≤ ${TARGETS.lifecycleMs / 1000} s; client ≤ 10 KB gzipped. KB and MB are read as KiB (1,024 B) and MiB (1,048,576 B); the byte counts are shown for rereading.`,
  '- Every figure is the median of its runs; the per-run values are in the tables. A run with answers of another status than expected (or socket errors, or timeouts) makes its checks INVALID.',
  '- Prism runs from its installed entry point through `node`, like the mock, and Steady as its binary, so no start pays for `npx` or a wrapper.',
  '- The slow-client and many-connection figures (issue 12) are a separate run: `make bench-load`, written to `bench/RESULTS-load.md`.',
  '- Reproduce: `make bench` (about 12 minutes after the build); `BENCH_QUICK=1 node bench/run.mjs` for a quick look (written to bench/tmp/).',
];

export function renderReport(r) {
  const lines = banner(r.settings);
  const parts = [
    '# Benchmarks',
    '',
    'Written by `make bench` (`node bench/run.mjs`); every figure of one run, measured side by side on one machine. Do not edit by hand.',
    ...(lines.length ? ['', ...lines] : []),
    '',
    targetsTable(evaluate(r), [
      ['This mock', 'mock'],
      ['Prism', 'prism'],
      ['Steady', 'steady'],
      ['Bare Node', 'bare'],
    ]),
    '',
    machineSection(r),
  ];
  if (r.throughput) parts.push('', throughputSection(r.throughput));
  if (r.throughput?.paired?.length) parts.push('', pairedSection(r.throughput));
  if (r.generator) parts.push('', generatorSection(r.generator, r.throughput));
  if (r.budget) parts.push('', workBudgetSection(r.budget, r.throughput));
  if (r.coldstart) parts.push('', coldStartSection(r.coldstart));
  if (r.lifecycle) parts.push('', lifecycleSection(r.lifecycle));
  if (r.memory) parts.push('', memorySection(r.memory));
  if (r.bundle) parts.push('', bundleSection(r.bundle));
  const errors = errorsSection(r.errors);
  if (errors) parts.push('', errors);
  parts.push('', '## Notes', '', ...NOTES, '');
  return parts.join('\n');
}
