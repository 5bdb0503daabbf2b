#!/usr/bin/env node
// `make bench-instructions`: instructions per request, counted by valgrind (callgrind), for
// the mock and for bare node:http answering the same bytes. A count does not move with the
// machine's speed (which drifts by a third here within minutes): runs in one process agree to
// a per cent, processes of one build to a few per cent on a GET and a sixth on a POST (V8's
// choices; bench/README.md). It counts user space only (the kernel's socket work is not in
// it) and says nothing of time per instruction.
//   node bench/instructions.mjs [<dist of another build>]   adds that build's column (an A/B)
//   INSTR_WARMUP    requests per scenario before counting (default 20000: the JIT settles)
//   INSTR_REQUESTS  requests counted per run (default 10000)
//   INSTR_RUNS      counted runs per scenario and server (default 3; the lowest is reported)
//   INSTR_KINDS     the kinds to count, in order (default all: get-done,get-pending,post-valid,post-invalid)
// Writes bench/RESULTS-instructions.md (bench/tmp/ with another build or INSTR_KINDS), prints it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { autocannon } from './lib/autocannon.mjs';
import { config, int as envInt, ROOT, TMP } from './lib/config.mjs';
import { describeMachine } from './lib/machine.mjs';
import { table } from './lib/markdown.mjs';
import { freePort, killAll, setUpPinning, startProcess, stopProcess, waitForReady } from './lib/proc.mjs';
import { mockJob, SCENARIOS as ALL_SCENARIOS, targetsFor } from './lib/scenarios.mjs';
import { mockCommand } from './lib/servers.mjs';
import { dec2, int, median } from './lib/stats.mjs';
import { MOCK_CLI, mockCliIn } from './servers/mock-host.mjs';

const WARMUP = envInt('INSTR_WARMUP', 20_000);
const REQUESTS = envInt('INSTR_REQUESTS', 10_000);
const RUNS = envInt('INSTR_RUNS', 3);
const CONNECTIONS = 10;
// INSTR_KINDS (optional): the kinds to count, in this order, e.g. `get-pending,post-valid`.
// By default the done GET goes first: the pending GET's first runs are high in every process
// (counted first: 175,633 falling to 75,294 instructions over three runs; after the done GET:
// 96,656 to 75,570; bench/README.md), and the done GET's are steady wherever it is counted.
const DEFAULT_KINDS = ['get-done', 'get-pending', 'post-valid', 'post-invalid'];
const SCENARIOS = (process.env.INSTR_KINDS ? process.env.INSTR_KINDS.split(',') : DEFAULT_KINDS).map((id) => {
  const scenario = ALL_SCENARIOS.find((s) => s.id === id.trim());
  if (!scenario) throw new Error(`INSTR_KINDS: ${id} is not one of ${ALL_SCENARIOS.map((s) => s.id).join(', ')}`);
  return scenario;
});
const otherDist = process.argv[2];
const OUT_DIR = path.join(TMP, 'instructions');
const REPORT =
  otherDist || process.env.INSTR_KINDS ? path.join(TMP, 'RESULTS-instructions.md') : path.join(ROOT, 'bench', 'RESULTS-instructions.md');

function checkValgrind() {
  const probe = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error('valgrind is missing: `apt-get install valgrind` (Debian)');
  return probe.stdout.trim();
}

/** Starts `args` (a node program) under callgrind on the server core, counting from the start. */
async function startCounted(name, args, env, readyUrl) {
  const file = path.join(OUT_DIR, `${name}.callgrind`);
  for (const old of fs.readdirSync(OUT_DIR).filter((f) => f.startsWith(`${name}.callgrind`))) fs.rmSync(path.join(OUT_DIR, old));
  const proc = startProcess(
    `instructions-${name}`,
    'valgrind',
    ['--tool=callgrind', `--callgrind-out-file=${file}`, '--dump-instr=no', '--dump-line=no', process.execPath, ...args],
    { core: config.serverCore, env },
  );
  // Everything runs about fifty times slower under valgrind: start-up takes seconds.
  await waitForReady(readyUrl, {}, { proc, timeoutMs: 180_000, intervalMs: 250 });
  return { name, proc, file, dumps: 0 };
}

function control(server, flag) {
  const run = spawnSync('callgrind_control', [flag, String(server.proc.pid)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`callgrind_control ${flag} ${server.name}: ${run.stderr || run.stdout}`);
}

/** The instructions of the last dump (callgrind writes `<file>.<n>` for the n-th). */
function lastDumpInstructions(server) {
  const text = fs.readFileSync(`${server.file}.${server.dumps}`, 'utf8');
  const line = /^summary:\s+(\d+)/m.exec(text) ?? /^totals:\s+(\d+)/m.exec(text);
  if (!line) throw new Error(`${server.file}.${server.dumps}: no summary line`);
  return Number(line[1]);
}

/** WARMUP requests of `target` (a pending job's target gets a new job first, as before every run). */
async function warm(target) {
  if (target.fresh) target.url = await target.fresh();
  await autocannon(target, { connections: CONNECTIONS, amount: WARMUP });
}

/** Counted runs of `target`: counters zeroed, REQUESTS requests, counters dumped; instructions per answer. */
async function countRuns(server, target) {
  const perRequest = [];
  for (let run = 1; run <= RUNS; run++) {
    if (target.fresh) target.url = await target.fresh();
    control(server, '--zero');
    const result = await autocannon(target, { connections: CONNECTIONS, amount: REQUESTS });
    control(server, '--dump');
    server.dumps++;
    if (result.unexpected > 0) throw new Error(`${server.name}: ${result.unexpected} unexpected answers (${JSON.stringify(result.codes)})`);
    perRequest.push(lastDumpInstructions(server) / result.responses);
    console.log(`${server.name} · ${target.label} · run ${run}/${RUNS}: ${int(perRequest.at(-1))} instructions a request`);
  }
  return { median: median(perRequest), min: Math.min(...perRequest), max: Math.max(...perRequest) };
}

/**
 * The kinds `server` answers, each warmed up and counted, then the server stopped; figures
 * by scenario id. Every kind is warmed up once before any is counted: the first kind counted
 * in a process otherwise read a third higher in its first runs (bare node:http's too), V8
 * still optimising the code all kinds share.
 */
async function measure(server) {
  const counted = SCENARIOS.map((scenario) => targetOf(scenario, server)).filter((target) => target !== undefined);
  for (const target of counted) await warm(target);
  const figures = {};
  for (const target of counted) {
    await warm(target);
    figures[target.scenario] = await countRuns(server, target);
  }
  await stopProcess(server.proc, 30_000);
  return figures;
}

async function startMockBuild(name, dist) {
  const port = await freePort();
  const [, args] = mockCommand(port, 'realistic', mockCliIn(path.resolve(ROOT, dist)));
  const url = `http://${config.host}:${port}`;
  const server = await startCounted(name, args, {}, `${url}/__mock/health`);
  const jobs = { pending: await mockJob(url, 'timing=slow', 202), done: await mockJob(url, 'timing=instant', 200) };
  return { ...server, url, jobs };
}

async function startBareFor(jobs) {
  const port = await freePort();
  const routes = Object.fromEntries(Object.values(jobs).map(({ id, ...answer }) => [`/v1/videos/${id}`, answer]));
  const env = { BARE_PORT: String(port), BARE_HOST: config.host, BARE_ROUTES: JSON.stringify(routes) };
  const url = `http://${config.host}:${port}`;
  return { ...(await startCounted('bare', [...config.nodeFlags, 'bench/servers/bare.mjs'], env, `${url}/__bare/health`)), url, jobs };
}

/** The request `server` gets, as the throughput section sends it (lib/scenarios.mjs); bare node:http only the GETs. */
function targetOf(scenario, server) {
  if (server.name === 'bare' && scenario.kind !== 'get') return undefined;
  const servers = { mock: { url: server.url }, prism: { url: '' }, steady: { url: '' }, bare: { url: server.url } };
  const targets = targetsFor(scenario, servers, server.jobs);
  return { ...(server.name === 'bare' ? targets.bare : targets.mock), scenario: scenario.id, label: scenario.title };
}

const cell = (figure) => (figure ? `${int(figure.min)} (median ${int(figure.median)}, highest ${int(figure.max)})` : 'n/a');

function render(rows, names, machine, valgrind, seconds) {
  const header = ['Request', ...names.map((n) => `${n}: instructions a request`), 'mock ÷ bare', 'mock − bare'];
  if (names.includes('other')) header.push('other ÷ mock');
  const body = rows.map(({ title, figures }) => {
    const { mock, bare, other } = figures;
    const row = [title, ...names.map((n) => cell(figures[n]))];
    row.push(bare ? `${dec2(mock.min / bare.min)}×` : 'n/a', bare ? int(mock.min - bare.min) : 'n/a');
    if (other) row.push(`${dec2(other.min / mock.min)}×`);
    return row;
  });
  return [
    '# Instructions per request',
    '',
    `Written by \`make bench-instructions\` (\`node bench/instructions.mjs${otherDist ? ` ${otherDist}` : ''}\`). Every server runs under \`valgrind --tool=callgrind\` on the server core; autocannon (10 connections, a process of its own on the other core) sends ${int(WARMUP)} requests of every kind, then again ${int(WARMUP)} of a kind, then ${RUNS} counted runs: the counters zeroed, ${int(REQUESTS)} requests, the counters dumped. A run's figure is the dump's instructions (every thread of the process: JavaScript, V8's compiler and collector, libuv, llhttp) over the answers. Reported: the lowest run, the median and highest beside it. Work done once (an optimising compile that lands, a full collection, a timer of the idle server) only adds to a run, so the lowest is the steady cost of a request and the spread is how much one-off work fell into the others; the ratios are of the lowest.`,
    '',
    '**What it measures and what it does not.** The count is of user-space instructions, whatever the speed of the machine at the time (the throughput figures in RESULTS.md move by a third between runs). Within one process the runs of a kind agree to about a per cent; two processes of the same build can differ by more, as V8 may optimise them differently (bench/README.md): compare builds over more than one run of it. The kernel’s share (the socket writes, waking the client) is not in it, nor how long an instruction takes (cache misses, branch mispredictions), so a ratio of counts is not a ratio of req/s. Use it to compare builds and to see how much of a request is the mock’s own work; the targets are judged on req/s.',
    '',
    table(header, body),
    '',
    '| | |',
    '|---|---|',
    `| Commit | ${machine.commit} (${machine.date}) |`,
    `| CPU | ${machine.cpu}, ${machine.cores} cores |`,
    `| Node | ${machine.node} |`,
    `| valgrind | ${valgrind} |`,
    `| Mock | \`${mockCommand(0)[1].join(' ').replace('--port 0', '--port <port>')}\` |`,
    `| Bare Node | \`bench/servers/bare.mjs\`: \`node:http\` answering the bytes the mock answered for the same job |`,
    ...(otherDist ? [`| Other build | \`${otherDist}/${MOCK_CLI}\`, the same flags |`] : []),
    `| Total time | ${int(seconds)} s |`,
    '',
  ].join('\n');
}

async function main() {
  const started = performance.now();
  const valgrind = checkValgrind();
  setUpPinning(config.serverCore, config.clientCore);
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const names = ['mock', 'bare', ...(otherDist ? ['other'] : [])];

  // One server at a time: each under valgrind has the server core to itself.
  const mock = await startMockBuild('mock', config.mockCli.replace(`/${MOCK_CLI}`, ''));
  const figures = { mock: await measure(mock) };
  figures.bare = await measure(await startBareFor(mock.jobs));
  if (otherDist) figures.other = await measure(await startMockBuild('other', otherDist));
  const rows = SCENARIOS.map((scenario) => ({
    title: scenario.title,
    figures: Object.fromEntries(names.map((name) => [name, figures[name][scenario.id]])),
  }));

  const report = render(rows, names, describeMachine(), valgrind, (performance.now() - started) / 1000);
  fs.writeFileSync(REPORT, report);
  console.log(`\n${report}\nwritten to ${path.relative(ROOT, REPORT)}`);
}

main().catch((error) => {
  killAll();
  console.error(error);
  process.exit(1);
});
