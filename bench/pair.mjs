#!/usr/bin/env node
// Two builds of the mock side by side: `node bench/pair.mjs <dist A> <dist B>` starts both
// on the server core and loads them at the same time (one wrk each, on the other core), so
// that they share the core's every slowdown; B ÷ A per round is then the inverse of their
// cost per request, steadier on a shared machine than figures measured one after another.
//   PAIR_REQUEST  get-pending (default), get-done, post-valid, post-invalid
//   PAIR_ROUNDS   rounds of PAIR_SECONDS (default 5 of 4 s), after 2 s of warm-up
//   PAIR_CONNECTIONS  wrk's connections to each build (default 10)
//   PAIR_LOAD     together (default): both loaded at once; alternate: one at a time, A then
//                 B, the order turned round every other round. What costs the kernel (a write
//                 that wakes a sleeping client) shows only alternately: loaded at once, the
//                 server core is never idle and the client core never sleeps.
// A build of another commit: `git worktree add /tmp/base <commit> && cd /tmp/base && npm ci && make build`.
import { config } from './lib/config.mjs';
import { freePort, killAll, setUpPinning, startProcess, stopProcess, waitForReady } from './lib/proc.mjs';
import { mockJob, SCENARIOS, targetsFor } from './lib/scenarios.mjs';
import { mockCommand } from './lib/servers.mjs';
import { median } from './lib/stats.mjs';
import { checkWrkInstalled, wrk } from './lib/wrk.mjs';
import { mockCliIn } from './servers/mock-host.mjs';

const [distA, distB] = process.argv.slice(2);
const scenario = SCENARIOS.find((s) => s.id === (process.env.PAIR_REQUEST ?? 'get-pending'));
const rounds = Number(process.env.PAIR_ROUNDS ?? 5);
const seconds = Number(process.env.PAIR_SECONDS ?? 4);
const connections = Number(process.env.PAIR_CONNECTIONS ?? 10);
const load = process.env.PAIR_LOAD ?? 'together';

async function start(name, dist) {
  const port = await freePort();
  const [command, args] = mockCommand(port, 'realistic', mockCliIn(dist)); // the harness's flags, this build's entry
  const proc = startProcess(`pair-${name}`, command, args, { core: config.serverCore });
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
  if (load !== 'together' && load !== 'alternate') throw new Error(`PAIR_LOAD: together or alternate, not ${load}`);
  checkWrkInstalled();
  setUpPinning(config.serverCore, config.clientCore);
  const a = await start('a', distA);
  const b = await start('b', distB);
  const run = (side, duration) => wrk(side.target, { connections, duration });
  const alternately = async (duration, bFirst) => {
    const first = await run(bFirst ? b : a, duration);
    const second = await run(bFirst ? a : b, duration);
    return bFirst ? [second, first] : [first, second];
  };
  const both = (duration, round) =>
    load === 'together' ? Promise.all([run(a, duration), run(b, duration)]) : alternately(duration, round % 2 === 0);
  await both(2, 1);
  const ratios = [];
  console.log(
    `${scenario.title}, ${connections} connections: A ${distA}, B ${distB}, ${load === 'together' ? 'both loaded at once' : 'loaded one at a time'}`,
  );
  for (let round = 1; round <= rounds; round++) {
    const [ra, rb] = await both(seconds, round);
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
