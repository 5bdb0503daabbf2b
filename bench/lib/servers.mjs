// The servers under test: this project's mock, `prism mock` on the same spec, and a bare
// node:http server (the ceiling). Each runs as its own process on the server core.
import fs from 'node:fs';
import path from 'node:path';
import { AUTH, config, EXAMPLE_ID, JSON_HEADERS, ROOT, VALID_BODY } from './config.mjs';
import { freePort, startProcess, stopProcess, waitForReady } from './proc.mjs';

const node = process.execPath;

export function checkMockBuilt() {
  if (!fs.existsSync(path.resolve(ROOT, config.mockCli))) {
    throw new Error(`${config.mockCli} is missing: run \`make build\` first (or BENCH_MOCK=stub for a dry run of the harness).`);
  }
}

/** The mock's command line (also used by the cold-start section). */
export function mockCommand(port, timing = 'realistic') {
  return [node, [config.mockCli, '--port', String(port), '--host', config.host, '--quiet', '--timing', timing]];
}

/** Prism's command line: the prism-cli entry run by node directly (no npx in between). */
export function prismCommand(port) {
  return [node, [config.prismCli, 'mock', config.spec, '-p', String(port), '-h', config.host, '-v', 'error']];
}

/** A request both the mock and Prism answer with 200 once they are up. */
export const FIRST_REQUEST = { path: '/v1/videos/generations', method: 'POST', headers: JSON_HEADERS, body: VALID_BODY };

function handle(proc, url) {
  return { name: proc.name, url, pid: proc.pid, proc, stop: () => stopProcess(proc) };
}

export async function startMock({ name = 'mock', timing = 'realistic' } = {}) {
  const port = await freePort();
  const [cmd, args] = mockCommand(port, timing);
  const proc = startProcess(name, cmd, args, { core: config.serverCore });
  const url = `http://${config.host}:${port}`;
  await waitForReady(`${url}/__mock/health`, {}, { proc, timeoutMs: 15_000 });
  return handle(proc, url);
}

export async function startPrism({ name = 'prism' } = {}) {
  const port = await freePort();
  const [cmd, args] = prismCommand(port);
  const proc = startProcess(name, cmd, args, { core: config.serverCore });
  const url = `http://${config.host}:${port}`;
  await waitForReady(`${url}/v1/videos/${EXAMPLE_ID}`, { headers: AUTH }, { proc, timeoutMs: 60_000, intervalMs: 100 });
  return handle(proc, url);
}

/**
 * Starts the bare node:http server. `routes` maps a path to { status, body }: it answers
 * exactly those bytes and nothing else, the least work an HTTP server can do.
 */
export async function startBare(routes, { name = 'bare' } = {}) {
  const port = await freePort();
  const proc = startProcess(name, node, ['bench/servers/bare.mjs'], {
    core: config.serverCore,
    env: { BARE_PORT: String(port), BARE_HOST: config.host, BARE_ROUTES: JSON.stringify(routes) },
  });
  const url = `http://${config.host}:${port}`;
  await waitForReady(`${url}/__bare/health`, {}, { proc, timeoutMs: 10_000 });
  return handle(proc, url);
}
