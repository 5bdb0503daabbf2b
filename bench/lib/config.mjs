// Settings of a benchmark run. Everything that changes between a full run and a quick
// development run (BENCH_QUICK=1) lives here.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TMP = path.join(ROOT, 'bench', 'tmp');
export const LOGS = path.join(TMP, 'logs');

const env = process.env;
const quick = env.BENCH_QUICK === '1';
const stub = env.BENCH_MOCK === 'stub';
const dist = env.BENCH_DIST || 'dist'; // where `make build` put the compiled mock

function int(name, fallback) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer (got ${raw})`);
  return n;
}

function int0(name, fallback) {
  return env[name] === '0' ? 0 : int(name, fallback);
}

export const config = {
  quick,
  stub,
  host: '127.0.0.1',
  serverCore: 0, // taskset -c 0: every server under test
  clientCore: 1, // taskset -c 1: autocannon, the polling clients and this orchestrator

  // Throughput and latency
  connections: [10, 64],
  duration: int('BENCH_DURATION', quick ? 2 : 4), // seconds per autocannon run
  runs: int('BENCH_RUNS', quick ? 1 : 3), // runs per figure; the median is reported
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

  // Which sections to run (comma-separated BENCH_ONLY, for development)
  only: env.BENCH_ONLY ? env.BENCH_ONLY.split(',').map((s) => s.trim()) : null,

  // Where the report goes. Quick and stub runs never overwrite the committed RESULTS.md.
  out: env.BENCH_OUT
    ? path.resolve(ROOT, env.BENCH_OUT)
    : quick || stub
      ? path.join(TMP, 'RESULTS-dev.md')
      : path.join(ROOT, 'bench', 'RESULTS.md'),

  // Paths of the programs under test
  spec: 'openapi/xai-video.yaml',
  mockCli: stub ? 'bench/servers/stub-mock.mjs' : `${dist}/hosts/cli.js`,
  mockModule: stub ? 'bench/servers/stub-mock.mjs' : `${dist}/hosts/index.js`,
  prismCli: 'node_modules/@stoplight/prism-cli/dist/index.js',
  esbuildBin: 'node_modules/.bin/esbuild',
  clientEntry: 'src/client/index.ts',
};

// The requests every server receives
export const AUTH = { Authorization: 'Bearer bench-key' };
export const JSON_HEADERS = { ...AUTH, 'Content-Type': 'application/json' };
export const VALID_BODY = JSON.stringify({ prompt: 'a cat', duration: 1, resolution: '480p' });
export const INVALID_BODY = JSON.stringify({ duration: 99 });
// The request_id of the spec's examples; Prism answers any id with the example body.
export const EXAMPLE_ID = 'd97415a1-5796-b7ec-379f-4e6819e08fdf';

/** Above this share of the server core used by other processes, a run is flagged as noisy. */
export const NOISY = 0.1;

/** At or above this share of the client core busy, a figure is bounded by the load generator. */
export const CLIENT_BOUND = 0.9;

export function sectionEnabled(name) {
  return config.only === null || config.only.includes(name);
}
