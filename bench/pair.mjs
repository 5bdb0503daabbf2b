#!/usr/bin/env node
// Two builds of the mock side by side: `node bench/pair.mjs <dist A> <dist B>` starts both
// on the server core and loads them at the same time (one wrk each, on the other core), so
// that they share the core's every slowdown; B ÷ A per round is then the inverse of their
// cost per request, steadier on a shared machine than figures measured one after another.
//   PAIR_REQUEST  get-pending (default), get-done, post-valid, post-invalid
//   PAIR_ROUNDS   rounds of PAIR_SECONDS (default 5 of 4 s), after 2 s of warm-up
// A build of another commit: `git worktree add /tmp/base <commit> && cd /tmp/base && npm ci && make build`.
import { config } from './lib/config.mjs';
import { freePort, killAll, setUpPinning, startProcess, stopProcess, waitForReady } from './lib/proc.mjs';
import { mockJob, SCENARIOS, targetsFor } from './lib/scenarios.mjs';
import { mockFlags } from './lib/servers.mjs';
import { median } from './lib/stats.mjs';
import { checkWrkInstalled, wrk } from './lib/wrk.mjs';
import { mockCliIn } from './servers/mock-host.mjs';

const [distA, distB] = process.argv.slice(2);
const scenario = SCENARIOS.find((s) => s.id === (process.env.PAIR_REQUEST ?? 'get-pending'));
const rounds = Number(process.env.PAIR_ROUNDS ?? 5);
const seconds = Number(process.env.PAIR_SECONDS ?? 4);

async function start(name, dist) {
  const port = await freePort();
  // the harness's node and mock flags, this build's entry
  const proc = startProcess(`pair-${name}`, process.execPath, [...config.nodeFlags, mockCliIn(dist), ...mockFlags(port)], {
    core: config.serverCore,
  });
  const url = `http://${config.host}:${port}`;
  await waitForReady(`${url}/__mock/health`, {}, { proc, timeoutMs: 15_000 });
  const jobs = { pending: await mockJob(url, 'timing=slow', 202), done: await mockJob(url, 'timing=instant', 200) };
  const target = targetsFor(
    scenario,
    { mock: { url, pid: proc.pid }, prism: { url: '' }, steady: { url: '' }, bare: { url: '' } },
    jobs,
  ).mock;
  if (target.fresh) target.url = await target.fresh();
  return { proc, target };
}

async function main() {
  if (!distA || !distB || !scenario)
    throw new Error('usage: node bench/pair.mjs <dist A> <dist B> (PAIR_REQUEST: get-pending, get-done, post-valid, post-invalid)');
  checkWrkInstalled();
  setUpPinning(config.serverCore, config.clientCore);
  const a = await start('a', distA);
  const b = await start('b', distB);
  const both = (duration) => Promise.all([wrk(a.target, { connections: 10, duration }), wrk(b.target, { connections: 10, duration })]);
  await both(2);
  const ratios = [];
  console.log(`${scenario.title}: A ${distA}, B ${distB}, both loaded at once`);
  for (let round = 1; round <= rounds; round++) {
    const [ra, rb] = await both(seconds);
    ratios.push(rb.rps / ra.rps);
    console.log(`round ${round}: A ${Math.round(ra.rps)} req/s, B ${Math.round(rb.rps)} req/s, B/A ${(rb.rps / ra.rps).toFixed(3)}`);
  }
  console.log(`median B/A ${median(ratios).toFixed(3)} (min ${Math.min(...ratios).toFixed(3)}, max ${Math.max(...ratios).toFixed(3)})`);
  await Promise.all([stopProcess(a.proc), stopProcess(b.proc)]);
}

main().catch((error) => {
  killAll();
  console.error(error);
  process.exit(1);
});
