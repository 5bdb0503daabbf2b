// Lifecycle: 1,000 jobs created at once and polled to `done`, against the mock in instant
// timing. The same client against Prism and Steady gives a reference (both are stateless:
// they answer every GET with the `done` example, so it is 1,000 POSTs and 1,000 GETs).
import { config } from './config.mjs';
import { startProcess } from './proc.mjs';
import { startMock, startPrism, startSteady } from './servers.mjs';
import { median } from './stats.mjs';

async function round(name, baseUrl) {
  const proc = startProcess(
    `lifecycle-${name}`,
    process.execPath,
    ['bench/lib/lifecycle-client.mjs', baseUrl, String(config.lifecycleJobs), String(config.lifecycleSockets)],
    { core: config.clientCore, capture: true },
  );
  const { code, stdout } = await proc.done;
  try {
    return JSON.parse(stdout.trim().split('\n').pop() ?? '');
  } catch {
    throw new Error(`lifecycle client exited with ${code} and no result (see ${proc.logPath})`);
  }
}

async function measure(name, server, log) {
  const rounds = [];
  try {
    for (let i = 1; i <= config.lifecycleRounds; i++) {
      const r = await round(name, server.url);
      rounds.push(r);
      const fail = r.failures ? `  !! ${r.failures} failed: ${r.firstFailure}` : '';
      log(
        `${name.padEnd(6)} round ${i}/${config.lifecycleRounds}: ${r.done}/${r.jobs} done in ${r.wallMs.toFixed(0)} ms (${r.polls} polls)${fail}`,
      );
    }
  } finally {
    await server.stop();
  }
  return {
    wallMs: median(rounds.map((r) => r.wallMs)),
    failures: rounds.reduce((n, r) => n + r.failures, 0),
    firstFailure: rounds.find((r) => r.firstFailure)?.firstFailure ?? null,
    polls: median(rounds.map((r) => r.polls)),
    rounds,
  };
}

export async function runLifecycle(log) {
  log('mock in instant timing (a fresh process; the first round includes its warm-up)');
  const mock = await measure('mock', await startMock({ name: 'lifecycle-mock-server', timing: 'instant' }), log);
  const prism = await measure('prism', await startPrism({ name: 'lifecycle-prism-server' }), log);
  const steady = await measure('steady', await startSteady({ name: 'lifecycle-steady-server' }), log);
  return { jobs: config.lifecycleJobs, sockets: config.lifecycleSockets, mock, prism, steady };
}
