// Cold start: from spawning the server process to its first successful answer to
// POST /v1/videos/generations (the same request for both servers), several launches each,
// alternating mock and Prism.
import { config } from './config.mjs';
import { freePort, startProcess, stopProcess, waitForReady } from './proc.mjs';
import { FIRST_REQUEST, mockCommand, prismCommand } from './servers.mjs';
import { max, median, min } from './stats.mjs';

async function launch(name, commandFor) {
  const port = await freePort();
  const [cmd, args] = commandFor(port);
  const url = `http://${config.host}:${port}${FIRST_REQUEST.path}`;
  const t0 = performance.now();
  const proc = startProcess(name, cmd, args, { core: config.serverCore });
  try {
    await waitForReady(url, FIRST_REQUEST, { proc, intervalMs: config.coldStartPollMs, timeoutMs: 60_000 });
    return performance.now() - t0;
  } finally {
    await stopProcess(proc);
  }
}

export async function runColdStart(log) {
  const servers = {
    mock: (port) => mockCommand(port),
    prism: (port) => prismCommand(port),
  };
  const times = { mock: [], prism: [] };
  for (let i = 1; i <= config.coldStartLaunches; i++) {
    for (const [name, commandFor] of Object.entries(servers)) {
      const t = await launch(`cold-${name}`, commandFor);
      times[name].push(t);
      log(`launch ${i}/${config.coldStartLaunches} · ${name.padEnd(5)} ${t.toFixed(0)} ms`);
    }
  }
  const summary = (list) => ({ median: median(list), min: min(list), max: max(list), launches: list.length, all: list });
  return { mock: summary(times.mock), prism: summary(times.prism), pollMs: config.coldStartPollMs };
}
