// Renders a run's results as bench/RESULTS.md.
import { CLIENT_BOUND, NOISY } from './config.mjs';
import { evaluate, TARGETS } from './targets.mjs';
import { int, kib, latency, mib, ms } from './stats.mjs';

const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const esc = (text) => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');

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
          `autocannon ${m.autocannon}, one process per run (\`bench/lib/autocannon-child.mjs\`), keep-alive, no pipelining`,
        ],
        [
          'Runs',
          `${s.runs} × ${s.duration} s per figure, median reported; ${s.warmup} s warm-up per server and request; runs interleaved mock, prism, bare`,
        ],
        [
          'Prism',
          `@stoplight/prism-cli ${m.prism}: \`node node_modules/@stoplight/prism-cli/dist/index.js mock openapi/xai-video.yaml -h 127.0.0.1 -p <port> -v error\``,
        ],
        ['Mock', `\`node ${s.mockCli} --port <port> --host 127.0.0.1 --quiet --timing realistic\` (instant for the lifecycle)`],
        ['Bare Node', '`bench/servers/bare.mjs`: `node:http` answering the bytes the mock answered for the same job'],
        ['Total time', `${(r.elapsedMs / 1000).toFixed(0)} s`],
      ],
    ),
  ].join('\n');
}

function targetsSection(r) {
  const checks = evaluate(r);
  const count = (result) => checks.filter((c) => c.result === result).length;
  const rows = checks.map((c) => [
    esc(c.measure),
    esc(c.mock),
    esc(c.prism),
    esc(c.bare),
    esc(c.target),
    `**${c.result}**${c.note ? ` ${esc(c.note)}` : ''}`,
  ]);
  const summary = ['PASS', 'MISS', 'INVALID', 'ERROR']
    .map((k) => [k, count(k)])
    .filter(([k, n]) => n > 0 || k === 'PASS' || k === 'MISS')
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  return ['## Targets', '', `${summary}.`, '', table(['Measure', 'This mock', 'Prism', 'Bare Node', 'Target', 'Result'], rows)].join('\n');
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
        latency(s.p50),
        latency(s.p99),
        s.runs.map((x) => int(x.rps)).join(', '),
        s.foreign === null ? '–' : `${(s.foreign * 100).toFixed(0)}%`,
        s.clientBusy === null ? '–' : `${(s.clientBusy * 100).toFixed(0)}%`,
        status,
      ]);
    }
  }
  return [
    '## Throughput and latency',
    '',
    'Medians of the runs; req/s counts every answer (for the invalid body, the 422s). The ratios in the targets are medians of per-round ratios: in each round the servers are measured back to back, so drift of the machine between rounds (visible in the per-run figures) cancels out.',
    'For the pending GET, the mock gets a new job (`Prefer: timing=slow`, 15 s at 720p: minutes of pending) before every run, and Prism gets `Prefer: code=202` so that it answers its pending example.',
    `"Other load": the most, over the runs, that processes other than the server used of the server core (user, system and steal time from \`/proc/stat\`, minus the server's own). A run above ${NOISY * 100}% is repeated while a budget of repeats lasts (the quietest attempt is kept; ${t.retries} repeats in this run), and a figure still above it is flagged as noisy in the targets.`,
    `"Client": the CPU the autocannon process used, as a share of the run's wall time (median of the runs); from ${CLIENT_BOUND * 100}% on, the figure is what one autocannon process can send rather than what the server can answer.`,
    '',
    table(['Request', 'Conns', 'Server', 'req/s', 'p50', 'p99', 'Runs (req/s)', 'Other load', 'Client', 'Answers'], rows),
  ].join('\n');
}

function coldStartSection(c) {
  const row = (name, s) => [name, ms(s.median), ms(s.min), ms(s.max), String(s.launches), s.all.map((x) => x.toFixed(0)).join(', ')];
  return [
    '## Cold start',
    '',
    `Process spawn to the first \`200\` to \`POST /v1/videos/generations\` (polled every ${c.pollMs} ms), launches alternating.`,
    '',
    table(['Server', 'Median', 'Min', 'Max', 'Launches', 'All (ms)'], [row('mock', c.mock), row('prism', c.prism)]),
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
  return [
    '## Lifecycle',
    '',
    `${int(l.jobs)} jobs started at once (\`POST\`), each polled (\`GET\`) until \`done\`, over ${l.sockets} keep-alive connections, by a client process on the client core; wall time from the first request to the last answer.`,
    'The mock runs with `--timing instant` in a fresh process (the first round includes its warm-up). Prism is stateless and answers every GET with its `done` example, so its figure is just 1,000 POSTs plus 1,000 GETs.',
    '',
    table(['Server', 'Median wall time', 'Rounds (ms)', 'Polls (median)', 'Failed jobs'], [row('mock', l.mock), row('prism', l.prism)]),
  ].join('\n');
}

function memorySection(m) {
  const young = (x) => (x.newSpace === null || x.newSpace === undefined ? '–' : mib(x.newSpace));
  return [
    '## Memory',
    '',
    `The mock (\`startMockServer\`, timing \`${m.timing}\`) hosted by \`node --expose-gc --min-semi-space-size=${m.youngMib} --max-semi-space-size=${m.youngMib} bench/servers/mock-host.mjs\`: the young generation is fixed at V8's default maximum, to which sustained load grows it anyway, so that its growth (up to 30 MiB, whatever the requests) is not counted as the jobs'; RSS from \`/proc/<pid>/status\` (VmRSS), heap from \`process.memoryUsage()\`, each after two full GCs${m.gc ? '' : ' (**gc() was not available**)'}.`,
    `Baseline: after ${int(m.warmupJobs)} jobs and then ${int(m.warmupRequests)} requests that create none (invalid bodies, 422), sent in batches of 20,000 until two readings in a row agreed within 1 MiB, and ${m.settleMs} ms of quiet.`,
    `Then ${int(m.jobs)} jobs are created with \`POST\` over 64 connections (${int(m.createRate)} jobs/s, ${int(m.created)} answered 200), and after ${m.settleMs} ms of quiet the process is measured again.`,
    '',
    table(
      ['', 'RSS', 'Heap used', 'Young generation'],
      [
        ['Before', mib(m.before.rss), mib(m.before.heapUsed), young(m.before)],
        [`After ${int(m.jobs)} jobs`, mib(m.after.rss), mib(m.after.heapUsed), young(m.after)],
        [
          'Growth',
          `**${mib(m.growth.rss)}**`,
          mib(m.growth.heapUsed),
          m.before.newSpace === null ? '–' : mib(m.after.newSpace - m.before.newSpace),
        ],
        ['Per job', `${int(m.growth.rss / m.jobs)} B`, `${int(m.growth.heapUsed / m.jobs)} B`, ''],
      ],
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

function errorsSection(errors) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return ['## Errors', '', ...entries.map(([k, e]) => `- **${k}**: ${esc(e)}`)].join('\n');
}

export function renderReport(r) {
  const banner = [];
  if (r.settings.stub) banner.push("> **DRY RUN against the stub mock (`BENCH_MOCK=stub`): the mock figures are not this project's.**");
  if (r.settings.quick) banner.push('> **Quick run (`BENCH_QUICK=1`): one short run per figure; not valid for the targets.**');
  if (r.settings.only) banner.push(`> Partial run: only ${r.settings.only.join(', ')}.`);

  const parts = [
    '# Benchmarks',
    '',
    'Written by `make bench` (`node bench/run.mjs`); every figure of one run, measured side by side on one machine. Do not edit by hand.',
    ...(banner.length ? ['', ...banner] : []),
    '',
    targetsSection(r),
    '',
    machineSection(r),
  ];
  if (r.throughput) parts.push('', throughputSection(r.throughput));
  if (r.coldstart) parts.push('', coldStartSection(r.coldstart));
  if (r.lifecycle) parts.push('', lifecycleSection(r.lifecycle));
  if (r.memory) parts.push('', memorySection(r.memory));
  if (r.bundle) parts.push('', bundleSection(r.bundle));
  const errors = errorsSection(r.errors);
  if (errors) parts.push('', errors);
  parts.push(
    '',
    '## Notes',
    '',
    `- Targets from the issue: GET status ≥ ${TARGETS.getVsPrism}× Prism and ≥ ${TARGETS.getVsBare}× bare Node, p99 ≤ ${TARGETS.getP99AtTenMs} ms at 10 connections; POST (full request validation) ≥ ${TARGETS.postVsPrism}× Prism; cold start ≤ ${TARGETS.coldStartMs} ms; memory growth ≤ 5 MB after ${int(TARGETS.memoryJobs)} jobs; ${int(TARGETS.lifecycleJobs)} jobs to done ≤ ${TARGETS.lifecycleMs / 1000} s; client ≤ 10 KB gzipped. KB and MB are read as KiB (1,024 B) and MiB (1,048,576 B); the byte counts are shown for rereading.`,
    '- autocannon records latency in whole milliseconds, rounded down; a latency is therefore shown as the interval it stands for (`3–4 ms`, `< 1 ms`), and the p99 target passes only when the whole interval is within it.',
    '- Every figure is the median of its runs; the per-run values are in the tables. A run with answers of another status than expected (or connection errors) makes its checks INVALID.',
    '- Prism runs from its installed entry point through `node`, like the mock, so neither start pays for `npx`.',
    '- Reproduce: `make bench` (about 6 minutes after the build); `BENCH_QUICK=1 node bench/run.mjs` for a quick look (written to bench/tmp/).',
    '',
  );
  return parts.join('\n');
}
