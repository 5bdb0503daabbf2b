// Memory: resident set size (and V8 heap) of the mock process before and after creating
// 100,000 jobs over HTTP. The mock is hosted by bench/servers/mock-host.mjs under
// `node --expose-gc`, so both measurements follow two full garbage collections.
import { setTimeout as sleep } from 'node:timers/promises';
import { config, INVALID_BODY, JSON_HEADERS, VALID_BODY } from './config.mjs';
import { autocannon } from './autocannon.mjs';
import { startMockHost, YOUNG_MIB } from './mock-host.mjs';
import { int } from './stats.mjs';

/** Two RSS readings closer than this count as stable (warm-up is over). */
const STABLE_BYTES = 2 ** 20;
const signedMib = (bytes) => `${bytes >= 0 ? '+' : ''}${(bytes / 2 ** 20).toFixed(1)} MiB`;

export async function runMemory(log) {
  const host = await startMockHost({ name: 'memory-mock', timing: config.memoryTiming });
  const measure = () => host.measure();
  try {
    const { url } = host;
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
    let previous = await measure();
    let stableRuns = 0;
    for (let batch = 1; batch <= config.memoryWarmupBatches && stableRuns < 2; batch++) {
      await run(invalid, config.memoryWarmupBatch, 'warm-up');
      warmupRequests += config.memoryWarmupBatch;
      const now = await measure();
      log(`warm-up batch ${batch}: RSS ${(now.rss / 2 ** 20).toFixed(1)} MiB (${signedMib(now.rss - previous.rss)})`);
      stableRuns = Math.abs(now.rss - previous.rss) < STABLE_BYTES ? stableRuns + 1 : 0;
      previous = now;
    }
    await sleep(config.memorySettleMs);
    const before = await measure();
    log(
      `before: RSS ${(before.rss / 2 ** 20).toFixed(1)} MiB, heap used ${(before.heapUsed / 2 ** 20).toFixed(1)} MiB, young generation ${(before.newSpace / 2 ** 20).toFixed(1)} MiB`,
    );

    log(`creating ${int(config.memoryJobs)} jobs (POST, 64 connections)`);
    const load = await run(post, config.memoryJobs, 'creating jobs');
    await sleep(config.memorySettleMs);
    const after = await measure();
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
    await host.stop();
  }
}
