// Cold start: from spawning the server process to its first successful answer to
// POST /v1/videos/generations (the same request for every server), several launches each,
// alternating mock, Prism and Steady.
import { config } from './config.mjs';
import { freePort, startProcess, stopProcess, waitForReady } from './proc.mjs';
import { FIRST_REQUEST, mockCommand, prismCommand, STEADY_ENV, steadyCommand } from './servers.mjs';
import { max, median, min } from './stats.mjs';

async function launch(name, { command, env }) {
  const port = await freePort();
  const [cmd, args] = command(port);
  const url = `http://${config.host}:${port}${FIRST_REQUEST.path}`;
  const t0 = performance.now();
  const proc = startProcess(name, cmd, args, { core: config.serverCore, env });
  try {
    await waitForReady(url, FIRST_REQUEST, { proc, intervalMs: config.coldStartPollMs, timeoutMs: 60_000 });
    return performance.now() - t0;
  } finally {
    await stopProcess(proc);
  }
}

export async function runColdStart(log) {
  const servers = {
    mock: { command: (port) => mockCommand(port) },
    prism: { command: prismCommand },
    steady: { command: steadyCommand, env: STEADY_ENV },
  };
  const times = Object.fromEntries(Object.keys(servers).map((name) => [name, []]));
  for (let i = 1; i <= config.coldStartLaunches; i++) {
    for (const [name, server] of Object.entries(servers)) {
      const t = await launch(`cold-${name}`, server);
      times[name].push(t);
      log(`launch ${i}/${config.coldStartLaunches} · ${name.padEnd(6)} ${t.toFixed(0)} ms`);
    }
  }
  const summary = (list) => ({ median: median(list), min: min(list), max: max(list), launches: list.length, all: list });
  return { mock: summary(times.mock), prism: summary(times.prism), steady: summary(times.steady), pollMs: config.coldStartPollMs };
}
