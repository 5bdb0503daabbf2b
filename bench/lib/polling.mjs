// Issue 12's load run: 1,000 connections polling 10,000 live (pending) jobs for 60 s.
// Counts every error and every answer that is not 202, reports the latency percentiles,
// samples the mock's RSS once a second over the runs and after forced GCs between them, and
// runs the bare node:http ceiling under the same saturated load.
import fs from 'node:fs';
import path from 'node:path';
import { AUTH, config, TMP } from './config.mjs';
import { fileLimitFor } from './file-limits.mjs';
import { request, startProcess } from './proc.mjs';
import { sampleRss } from './samplers.mjs';
import { startMockHost, YOUNG_MIB } from './mock-host.mjs';
import { startBare } from './servers.mjs';
import { bareAnswer } from './scenarios.mjs';
import { int, median } from './stats.mjs';
import { autocannon } from './autocannon.mjs';
import { wrk } from './wrk.mjs';

const mibText = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

async function createJobs(url, jobs, pathsFile) {
  const proc = startProcess('create-jobs', process.execPath, ['bench/lib/create-jobs.mjs', url, String(jobs), pathsFile], {
    core: config.clientCore,
    capture: true,
  });
  const { code, stdout } = await proc.done;
  let out;
  try {
    out = JSON.parse(stdout.trim().split('\n').pop() ?? '');
  } catch {
    throw new Error(`create-jobs exited with ${code} and no result (see ${proc.logPath})`);
  }
  if (out.failures > 0) throw new Error(`${out.failures} of ${jobs} creates failed: ${out.firstFailure}`);
  return out;
}

/** Polls every `step`-th job once: how many are still pending (they must all be). */
async function stillPending(url, paths, count = 100) {
  const step = Math.max(1, Math.floor(paths.length / count));
  let pending = 0;
  let checked = 0;
  for (let i = 0; i < paths.length; i += step) {
    const res = await request(`${url}${paths[i]}`, { headers: AUTH });
    checked++;
    if (res.status === 202) pending++;
  }
  return { checked, pending };
}

/**
 * RSS drift over the measured run: the median of the last 5 samples minus the median of
 * the 5 samples after `settleMs` (the first seconds of a run, while 1,000 new connections
 * are set up and the young generation grows to its working size, are not "growth").
 */
export function rssDrift(samples, settleMs) {
  const settled = samples.filter((s) => s.tMs >= settleMs);
  const use = settled.length >= 2 ? settled : samples;
  const start = median(use.slice(0, 5).map((s) => s.rss));
  const end = median(use.slice(-5).map((s) => s.rss));
  return { start, end, drift: end - start, min: Math.min(...samples.map((s) => s.rss)), max: Math.max(...samples.map((s) => s.rss)) };
}

/** A run with the server's RSS read every second (no forced GC) beside it. */
async function sampled(pid, run) {
  const sampler = sampleRss(pid, config.rssSampleMs);
  const result = await run();
  return { result, samples: sampler.stop() };
}

const gcLine = (m) => `RSS ${mibText(m.rss)}, heap used ${mibText(m.heapUsed)} (after two full GCs)`;

/**
 * The load run: 1,000 connections polling 10,000 pending jobs, first as fast as one wrk
 * process sends (the server core saturated), then at a fixed offered rate (autocannon's
 * overallRate), then the bare node:http ceiling under the saturated run's exact command.
 * The mock is hosted under --expose-gc (lib/mock-host.mjs), so its RSS is also read after
 * two full GCs: after the warm-up, after the saturated run and after the fixed-rate run.
 */
export async function runPolling(log) {
  const connections = config.pollConnections;
  const nofile = fileLimitFor(connections + 256);
  const server = await startMockHost({ name: 'polling-mock', timing: 'realistic', nofile });
  let bare;
  try {
    const pathsFile = path.join(TMP, 'polling-paths.txt');
    log(`creating ${int(config.pollJobs)} pending jobs (Prefer: timing=slow)`);
    const created = await createJobs(server.url, config.pollJobs, pathsFile);
    const paths = fs.readFileSync(pathsFile, 'utf8').trim().split('\n');
    log(`${int(created.created)} jobs in ${created.wallMs.toFixed(0)} ms`);

    const target = { url: server.url, headers: AUTH, expectStatus: 202, pid: server.pid };
    const options = { connections, paths: pathsFile, nofile: fileLimitFor(connections + 64) };
    log(`warm-up: ${connections} connections for ${config.pollWarmup} s`);
    await wrk(target, { ...options, duration: config.pollWarmup });
    const baseline = await server.measure();
    log(`after the warm-up: ${gcLine(baseline)}`);

    log(
      `saturated: ${connections} connections polling ${int(paths.length)} jobs for ${config.pollSeconds} s, RSS every ${config.rssSampleMs} ms`,
    );
    const saturated = await sampled(server.pid, () => wrk(target, { ...options, duration: config.pollSeconds }));
    const run = saturated.result;
    const afterSaturated = await server.measure();
    log(
      `saturated: ${int(run.rps)} req/s, p50 ${run.p50.toFixed(2)} ms, p99 ${run.p99.toFixed(2)} ms, ${run.errors} errors, ` +
        `${run.unexpected} unexpected ${JSON.stringify(run.codes)}; after it: ${gcLine(afterSaturated)}`,
    );

    log(`fixed rate: ${connections} connections, ${int(config.pollRate)} req/s in all, for ${config.pollSeconds} s`);
    const fixed = await sampled(server.pid, () =>
      autocannon(target, {
        connections,
        duration: config.pollSeconds,
        overallRate: config.pollRate,
        timeout: config.wrkTimeoutSeconds,
        pathsFile,
      }),
    );
    const rated = fixed.result;
    const afterRated = await server.measure();
    log(
      `fixed rate: ${int(rated.rps)} req/s, p99 ${rated.p99} ms, max ${rated.max} ms, ${rated.errors} errors ${JSON.stringify(rated.codes)}; after it: ${gcLine(afterRated)}`,
    );
    const after = await stillPending(server.url, paths);
    log(`${after.pending}/${after.checked} sampled jobs still pending`);

    // The ceiling: node:http answering the same pending answer (status, headers, body) for every path, same command.
    const answer = bareAnswer(await request(`${server.url}${paths[0]}`, { headers: AUTH }));
    await server.stop();
    bare = await startBare({}, { name: 'polling-bare', fallback: answer, nofile });
    const bareTarget = { url: bare.url, headers: AUTH, expectStatus: 202, pid: bare.pid };
    log(`bare node:http: warm-up ${config.pollWarmup} s, then the saturated run's command for ${config.pollSeconds} s`);
    await wrk(bareTarget, { ...options, duration: config.pollWarmup });
    const bareRun = await wrk(bareTarget, { ...options, duration: config.pollSeconds });
    log(`bare node:http: ${int(bareRun.rps)} req/s, p99 ${bareRun.p99.toFixed(2)} ms, ${bareRun.errors} errors`);

    const settleMs = Math.min(10_000, (config.pollSeconds * 1000) / 4);
    return {
      connections,
      jobs: paths.length,
      seconds: config.pollSeconds,
      warmup: config.pollWarmup,
      createMs: created.wallMs,
      run,
      bare: bareRun,
      rated: { ...rated, rate: config.pollRate },
      rss: { ...rssDrift(saturated.samples, settleMs), settleMs, samples: saturated.samples },
      ratedRss: { ...rssDrift(fixed.samples, settleMs), settleMs, samples: fixed.samples },
      gc: { youngMib: YOUNG_MIB, baseline, afterSaturated, afterRated },
      after,
    };
  } finally {
    await server.stop();
    await bare?.stop();
  }
}
