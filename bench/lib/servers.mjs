// The servers under test: this project's mock, `prism mock` and Steady on the same spec,
// and a bare node:http server (the ceiling). Each runs as its own process on the server core.
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

export function checkPeersInstalled() {
  for (const file of [config.prismCli, config.steadyBin]) {
    if (!fs.existsSync(path.resolve(ROOT, file)))
      throw new Error(`${file} is missing: run \`npm ci\` (Prism and Steady are dev dependencies).`);
  }
}

/** The mock's flags (after its program): HTTP only, as Prism and Steady serve. */
export function mockFlags(port, timing = 'realistic') {
  return ['--port', String(port), '--grpc-port', 'off', '--host', config.host, '--quiet', '--timing', timing];
}

/**
 * The mock's command line (also used by the cold-start section), node's flags first; `cli`
 * another build's entry (pair.mjs, instructions.mjs).
 */
export function mockCommand(port, timing = 'realistic', cli = config.mockCli) {
  return [node, [...config.nodeFlags, cli, ...mockFlags(port, timing)]];
}

/** Prism's command line: the prism-cli entry run by node directly (no npx in between). */
export function prismCommand(port) {
  return [node, [...config.nodeFlags, config.prismCli, 'mock', config.spec, '-p', String(port), '-h', config.host, '-v', 'error']];
}

/**
 * Steady's command line: its platform binary, bound to loopback, quiet. It rejects what it
 * attributes to the client (`--reject-on-sdk-error`, on by default) with a 400.
 */
export function steadyCommand(port) {
  return [config.steadyBin, ['--host', config.host, '--port', String(port), '--quiet', '--no-color', config.spec]];
}

/**
 * Steady is a Deno program compiled to one binary. It makes no network call of its own
 * (checked with strace: its only socket call is the bind to 127.0.0.1); these keep it so:
 * no update check, no OpenTelemetry export, no permission prompt, no colour codes in logs.
 */
export const STEADY_ENV = { DENO_NO_UPDATE_CHECK: '1', OTEL_DENO: 'false', DENO_NO_PROMPT: '1', NO_COLOR: '1' };

/** A request the mock, Prism and Steady all answer with 200 once they are up. */
export const FIRST_REQUEST = { path: '/v1/videos/generations', method: 'POST', headers: JSON_HEADERS, body: VALID_BODY };

function handle(proc, url) {
  return { name: proc.name, url, pid: proc.pid, proc, stop: () => stopProcess(proc) };
}

/** Starts the mock's CLI on the server core; `nofile` raises its open-files limit. */
export async function startMock({ name = 'mock', timing = 'realistic', nofile } = {}) {
  const port = await freePort();
  const [cmd, args] = mockCommand(port, timing);
  const proc = startProcess(name, cmd, args, { core: config.serverCore, nofile });
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

export async function startSteady({ name = 'steady' } = {}) {
  const port = await freePort();
  const [cmd, args] = steadyCommand(port);
  const proc = startProcess(name, cmd, args, { core: config.serverCore, env: STEADY_ENV });
  const url = `http://${config.host}:${port}`;
  await waitForReady(`${url}/_x-steady/health`, {}, { proc, timeoutMs: 30_000, intervalMs: 20 });
  return handle(proc, url);
}

/**
 * Starts the bare node:http server. `routes` maps a path to { status, body }: it answers
 * exactly those bytes and nothing else, the least work an HTTP server can do; `fallback`
 * ({ status, body }) answers every other path; `workUs` spins that many µs before each answer.
 */
export async function startBare(routes, { name = 'bare', fallback, nofile, workUs } = {}) {
  const port = await freePort();
  const env = { BARE_PORT: String(port), BARE_HOST: config.host, BARE_ROUTES: JSON.stringify(routes) };
  if (fallback) env.BARE_DEFAULT = JSON.stringify(fallback);
  if (workUs) env.BARE_WORK_US = String(workUs);
  const proc = startProcess(name, node, [...config.nodeFlags, 'bench/servers/bare.mjs'], { core: config.serverCore, env, nofile });
  const url = `http://${config.host}:${port}`;
  await waitForReady(`${url}/__bare/health`, {}, { proc, timeoutMs: 10_000 });
  return handle(proc, url);
}
