// Memory: resident set size (and V8 heap) of the mock process before and after creating
// 100,000 jobs over HTTP. The mock is hosted by bench/servers/mock-host.mjs under
// `node --expose-gc`, so both measurements follow two full garbage collections.
import { setTimeout as sleep } from 'node:timers/promises';
import { config, INVALID_BODY, JSON_HEADERS, VALID_BODY } from './config.mjs';
import { autocannon } from './autocannon.mjs';
import { logTail, residentBytes, startProcess, stopProcess } from './proc.mjs';
import { int } from './stats.mjs';

/**
 * Semi-space size, in MiB, fixed for the measurement. Under sustained load V8 grows its
 * young generation from 2 × 1 MiB up to 2 × 16 MiB (the default maximum on 64-bit) at
 * moments of its choosing; fixing it at that maximum from the start keeps 16+ MiB of GC
 * sizing out of the growth, which is then the jobs' (and allocator noise).
 */
const YOUNG_MIB = 16;

/** Two RSS readings closer than this count as stable (warm-up is over). */
const STABLE_BYTES = 2 ** 20;
const signedMib = (bytes) => `${bytes >= 0 ? '+' : ''}${(bytes / 2 ** 20).toFixed(1)} MiB`;

function startHost() {
  const flags = ['--expose-gc', `--min-semi-space-size=${YOUNG_MIB}`, `--max-semi-space-size=${YOUNG_MIB}`];
  const proc = startProcess('memory-mock', process.execPath, [...flags, 'bench/servers/mock-host.mjs'], {
    core: config.serverCore,
    env: { MOCK_MODULE: config.mockModule, MOCK_TIMING: config.memoryTiming },
    ipc: true,
  });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mock host not ready after 15 s:\n${logTail(proc)}`)), 15_000);
    proc.child.on('message', (m) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        resolve(m.url);
      }
    });
    proc.done.then(() => {
      clearTimeout(timer);
      reject(new Error(`mock host exited:\n${logTail(proc)}`));
    });
  });
  return { proc, ready };
}

function measure(proc) {
  return new Promise((resolve) => {
    proc.child.once('message', (m) => {
      resolve({
        rss: residentBytes(proc.pid),
        heapUsed: m.memory.heapUsed,
        heapTotal: m.memory.heapTotal,
        external: m.memory.external,
        newSpace: m.newSpace,
        gc: m.gc,
      });
    });
    proc.child.send({ type: 'measure' });
  });
}

export async function runMemory(log) {
  const { proc, ready } = startHost();
  try {
    const url = await ready;
    const post = { url: `${url}/v1/videos/generations`, method: 'POST', headers: JSON_HEADERS, body: VALID_BODY, expectStatus: 200 };

    // Warm-up. First the job-creating path (these jobs are part of the baseline), then load
    // of the same shape that creates no job (invalid bodies, 422), in batches until two
    // readings in a row agree, so that the baseline holds what sustained load needs.
    const invalid = { ...post, body: INVALID_BODY, expectStatus: 422 };
    const run = async (target, amount, what) => {
      const r = await autocannon(target, { connections: 64, amount });
      if (r.unexpected) throw new Error(`${what}: ${r.unexpected} unexpected answers ${JSON.stringify(r.codes)}`);
      return r;
    };
    await run(post, config.memoryWarmupJobs, 'warm-up');
    let warmupRequests = 0;
    let previous = await measure(proc);
    let stableRuns = 0;
    for (let batch = 1; batch <= config.memoryWarmupBatches && stableRuns < 2; batch++) {
      await run(invalid, config.memoryWarmupBatch, 'warm-up');
      warmupRequests += config.memoryWarmupBatch;
      const now = await measure(proc);
      log(`warm-up batch ${batch}: RSS ${(now.rss / 2 ** 20).toFixed(1)} MiB (${signedMib(now.rss - previous.rss)})`);
      stableRuns = Math.abs(now.rss - previous.rss) < STABLE_BYTES ? stableRuns + 1 : 0;
      previous = now;
    }
    await sleep(config.memorySettleMs);
    const before = await measure(proc);
    log(
      `before: RSS ${(before.rss / 2 ** 20).toFixed(1)} MiB, heap used ${(before.heapUsed / 2 ** 20).toFixed(1)} MiB, young generation ${(before.newSpace / 2 ** 20).toFixed(1)} MiB`,
    );

    log(`creating ${int(config.memoryJobs)} jobs (POST, 64 connections)`);
    const load = await run(post, config.memoryJobs, 'creating jobs');
    await sleep(config.memorySettleMs);
    const after = await measure(proc);
    log(
      `after:  RSS ${(after.rss / 2 ** 20).toFixed(1)} MiB, heap used ${(after.heapUsed / 2 ** 20).toFixed(1)} MiB, young generation ${(after.newSpace / 2 ** 20).toFixed(1)} MiB`,
    );

    return {
      jobs: config.memoryJobs,
      module: config.mockModule,
      created: load.codes['200'] ?? 0,
      createRate: load.rps,
      timing: config.memoryTiming,
      settleMs: config.memorySettleMs,
      warmupJobs: config.memoryWarmupJobs,
      warmupRequests,
      youngMib: YOUNG_MIB,
      gc: before.gc && after.gc,
      before,
      after,
      growth: { rss: after.rss - before.rss, heapUsed: after.heapUsed - before.heapUsed },
    };
  } finally {
    await stopProcess(proc);
  }
}
