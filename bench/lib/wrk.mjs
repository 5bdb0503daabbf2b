// Runs wrk (Debian's, a C load generator) as a separate process on the client core, with
// the harness's Lua script (bench/wrk/request.lua), and reads the JSON line it prints.
// One wrk thread on one core sends several times what one autocannon process can, so the
// bare node:http ceiling is set by the server, not by the load generator.
import { spawnSync } from 'node:child_process';
import { config } from './config.mjs';
import { cpuSnapshot, foreignShare, ownShare } from './cpu.mjs';
import { pinning, startProcess } from './proc.mjs';

let runCount = 0;

/** wrk's version line, or null when wrk is missing. */
export function wrkVersion() {
  const out = spawnSync(config.wrk, ['--version'], { encoding: 'utf8' });
  if (out.error) return null;
  return (out.stdout || out.stderr)
    .split('\n')[0]
    .replace(/\s+Copyright.*$/, '')
    .trim();
}

export function checkWrkInstalled() {
  if (wrkVersion() === null) throw new Error('wrk is missing: `apt-get install wrk` (Debian) or put a wrk 4.x on PATH.');
}

const headerLines = (headers) =>
  Object.entries(headers ?? {})
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');

/**
 * One wrk run against `target` ({ url, method, headers, body, expectStatus, pid }) for
 * `duration` seconds over `connections`. `paths` names a file of request paths to rotate
 * through (the load run). With `pid` (the server's) and pinning, the run also reports how
 * much of the server core the server and other processes used. `nofile` raises wrk's
 * open-files limit (for many connections).
 */
export async function wrk(target, { connections, duration, paths, nofile, timeoutSeconds = config.wrkTimeoutSeconds }) {
  const args = ['-t', '1', '-c', String(connections), '-d', `${duration}s`, '--timeout', `${timeoutSeconds}s`];
  args.push('-s', config.wrkScript, target.url);
  const env = {
    WRK_METHOD: target.method ?? 'GET',
    WRK_HEADERS: headerLines(target.headers),
    WRK_BODY: target.body ?? '',
    WRK_PATHS: paths ?? '',
    WRK_STATUS: '1',
  };
  const watch = pinning.enabled && target.pid !== undefined;
  const before = watch ? cpuSnapshot(config.serverCore, target.pid) : null;
  const proc = startProcess(`wrk-${++runCount}`, config.wrk, args, { core: config.clientCore, env, nofile, capture: true });
  const { code, stdout } = await proc.done;
  const after = watch ? cpuSnapshot(config.serverCore, target.pid) : null;
  const line = stdout.split('\n').find((l) => l.startsWith('WRK_RESULT '));
  if (!line) throw new Error(`wrk exited with ${code} and no result (see ${proc.logPath}): ${stdout.trim().slice(-300)}`);
  return {
    ...summarizeWrk(JSON.parse(line.slice('WRK_RESULT '.length)), target.expectStatus),
    foreign: watch ? foreignShare(before, after) : null,
    serverBusy: watch ? ownShare(before, after) : null,
  };
}

/** The figures kept from one wrk result; latencies in ms. */
export function summarizeWrk(raw, expectStatus) {
  const seconds = raw.durationUs / 1e6;
  const e = raw.errors;
  // A socket error or a timeout is an error; a status other than the expected one is
  // counted through the status tally (wrk's own `status` error counts every status > 399).
  const errors = e.connect + e.read + e.write + e.timeout;
  const expected = raw.statuses[String(expectStatus)] ?? 0;
  return {
    rps: raw.requests / seconds,
    p50: raw.latencyUs.p50 / 1000,
    p90: raw.latencyUs.p90 / 1000,
    p99: raw.latencyUs.p99 / 1000,
    p999: raw.latencyUs.p999 / 1000,
    max: raw.latencyUs.max / 1000,
    responses: raw.requests,
    seconds,
    codes: raw.statuses,
    errors,
    errorKinds: { connect: e.connect, read: e.read, write: e.write, timeout: e.timeout },
    unexpected: raw.requests - expected + errors,
    clientBusy: raw.cpuSeconds / seconds, // wrk's CPU (all its threads) over the run's wall time
  };
}
