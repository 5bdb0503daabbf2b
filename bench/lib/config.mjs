// Settings of a benchmark run. Everything that changes between a full run and a quick
// development run (BENCH_QUICK=1) lives here.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MOCK_CLI, MOCK_ENTRY } from '../servers/mock-host.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TMP = path.join(ROOT, 'bench', 'tmp');
export const LOGS = path.join(TMP, 'logs');

const env = process.env;
const quick = env.BENCH_QUICK === '1';
const stub = env.BENCH_MOCK === 'stub';
const dist = env.BENCH_DIST || 'dist'; // where `make build` put the compiled mock

/** A positive integer from the environment variable `name`, or `fallback` when unset. */
export function int(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer (got ${raw})`);
  return n;
}

function int0(name, fallback) {
  return env[name] === '0' ? 0 : int(name, fallback);
}

/** Steady's binary for this platform (an optional dependency of @stdy/cli), run without its Node wrapper. */
function steadyBinary() {
  const pkg = `@stdy/cli-${process.platform}-${process.arch}`;
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
    return path.relative(ROOT, path.join(dir, 'bin', process.platform === 'win32' ? 'steady.exe' : 'steady'));
  } catch {
    return `node_modules/${pkg}/bin/steady`; // missing: checkPeersInstalled() says so
  }
}

export const config = {
  quick,
  stub,
  host: '127.0.0.1',
  serverCore: 0, // taskset -c 0: every server under test
  clientCore: 1, // taskset -c 1: the load generators, the polling clients and this orchestrator

  // Throughput and latency
  connections: [10, 64],
  // Five short runs rather than three long ones: a round's ratio moves by a fifth on this
  // shared machine (bench/README.md), and the median of five moves less than that of three.
  duration: int('BENCH_DURATION', quick ? 2 : 3), // seconds per wrk run
  runs: int('BENCH_RUNS', quick ? 1 : 5), // runs per figure; the median is reported
  warmup: int('BENCH_WARMUP', quick ? 1 : 2), // seconds of load per server and scenario before measuring
  // A run during which other processes used more than NOISY of the server core is repeated
  // (at most twice, keeping the quietest attempt) while this budget of extra runs lasts.
  noisyRetries: quick ? 0 : 6,

  // Cold start
  coldStartLaunches: int('BENCH_COLD_LAUNCHES', quick ? 3 : 10),
  coldStartPollMs: 5,

  // Lifecycle
  lifecycleJobs: 1000,
  lifecycleSockets: 64,
  lifecycleRounds: quick ? 1 : 3,

  // Memory
  memoryJobs: int('BENCH_MEMORY_JOBS', quick ? 20_000 : 100_000),
  memoryTiming: env.BENCH_MEMORY_TIMING || 'realistic',
  memorySettleMs: quick ? 500 : 2000,
  memoryWarmupJobs: int0('BENCH_MEMORY_WARMUP_JOBS', 2000), // valid POSTs before the baseline
  memoryWarmupBatch: 20_000, // invalid POSTs (no job) per warm-up batch before the baseline ...
  memoryWarmupBatches: quick ? 3 : 8, // ... until RSS is stable, at most this many batches

  // make bench-load: 1,000 connections polling 10,000 live jobs (issue 12's load run) ...
  pollConnections: int('BENCH_POLL_CONNECTIONS', 1000),
  pollJobs: int('BENCH_POLL_JOBS', 10_000),
  pollSeconds: int('BENCH_POLL_SECONDS', quick ? 5 : 60),
  pollWarmup: quick ? 1 : 5, // seconds of the same load before the measured run
  // ... then the same connections at a fixed offered rate below the one core's ceiling, as
  // pollers behave (autocannon's overallRate): the saturated run above has a tail even on bare node:http
  pollRate: int('BENCH_POLL_RATE', 5000),
  rssSampleMs: 1000,
  // ... and slowloris: connections that trickle header bytes and never finish them,
  // while normal requests (and a fresh connection every probeMs) are measured
  slowlorisConnections: int('BENCH_SLOWLORIS_CONNECTIONS', 500),
  slowlorisTrickleMs: 1000, // one header byte per connection per interval
  slowlorisSeconds: int('BENCH_SLOWLORIS_SECONDS', quick ? 5 : 60), // normal load during the attack
  slowlorisBaseline: quick ? 3 : 15, // seconds of normal load before the attack
  normalConnections: 10,
  probeMs: 500,
  probeTimeoutMs: 2000,
  wrkTimeoutSeconds: 5, // wrk counts an answer slower than this as a timeout (an error)

  // Which sections to run (comma-separated BENCH_ONLY, for development)
  only: env.BENCH_ONLY ? env.BENCH_ONLY.split(',').map((s) => s.trim()) : null,

  // Where the report goes: see reportPath().
  out: env.BENCH_OUT ? path.resolve(ROOT, env.BENCH_OUT) : null,

  // V8 flags of every Node server the harness starts (the mock, Prism, bare node:http), set
  // by BENCH_NODE_FLAGS (space-separated; empty for none). On Node 20 and 22, V8's memory
  // reducer (the full GC it starts once a process that did a mark-compact has been idle for
  // 8 s) leaves a process about a fifth slower from then on: a server idle after start-up
  // answered 0.78× a fresh one (the mock on Node 20), 0.75× (Node 22), 0.79× (bare
  // node:http), 0.97-1.02× with the flag, and Node 24 and Steady not at all (bench/README.md).
  // A server here is idle three runs in four, so whether it had been reduced was luck: the
  // mock, which promotes more, was; bare node:http, which hardly does, was not.
  nodeFlags: env.BENCH_NODE_FLAGS === undefined ? ['--no-memory-reducer'] : env.BENCH_NODE_FLAGS.split(' ').filter(Boolean),

  // Paths of the programs under test
  spec: 'openapi/xai-video.yaml',
  mockCli: stub ? 'bench/servers/stub-mock.mjs' : `${dist}/${MOCK_CLI}`,
  mockModule: stub ? 'bench/servers/stub-mock.mjs' : `${dist}/${MOCK_ENTRY}`,
  prismCli: 'node_modules/@stoplight/prism-cli/dist/index.js',
  steadyBin: steadyBinary(),
  wrk: 'wrk', // Debian's wrk (apt-get install wrk)
  wrkScript: 'bench/wrk/request.lua',
  esbuildBin: 'node_modules/.bin/esbuild',
  clientEntry: 'src/client/index.ts',
};

// The requests every server receives
export const AUTH = { Authorization: 'Bearer bench-key' };
export const JSON_HEADERS = { ...AUTH, 'Content-Type': 'application/json' };
export const VALID_BODY = JSON.stringify({ prompt: 'a cat', duration: 1, resolution: '480p' });
// Invalid for every server: Steady only notes a range violation (`duration: 99`, its E4004
// "content note") and answers it 200, but rejects a wrong type, as the mock and Prism do.
export const INVALID_BODY = JSON.stringify({ prompt: 'a cat', duration: 'ten' });
// A job that stays pending for minutes in slow timing (15 s at 720p): polled, never done.
export const LONG_JOB_BODY = JSON.stringify({ prompt: 'a cat', duration: 15, resolution: '720p' });
// The request_id of the spec's examples; Prism answers any id with the example body.
export const EXAMPLE_ID = 'd97415a1-5796-b7ec-379f-4e6819e08fdf';

/** Above this share of the server core used by other processes, a run is flagged as noisy. */
export const NOISY = 0.1;

/** At or above this share of a core busy, the load generator (or the server) set the pace. */
export const CLIENT_BOUND = 0.9;

/** Where a suite's report goes. Quick, stub and partial runs never overwrite a committed report. */
export function reportPath(file) {
  if (config.out) return config.out;
  // A quick, stub or partial (BENCH_ONLY) run never replaces the committed report.
  return quick || stub || config.only ? path.join(TMP, file.replace(/\.md$/, '-dev.md')) : path.join(ROOT, 'bench', file);
}

export function sectionEnabled(name) {
  return config.only === null || config.only.includes(name);
}
