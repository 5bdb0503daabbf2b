// Child processes (pinned to a core with taskset when possible), free ports, and a tiny
// HTTP client for probes and readiness checks. CPU readings are in cpu.mjs, open-files
// limits in file-limits.mjs.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LOGS, ROOT } from './config.mjs';
import { withFileLimit } from './file-limits.mjs';

// ---------------------------------------------------------------- pinning

/** How processes are placed on cores; filled in by setUpPinning(). */
export const pinning = { enabled: false, description: 'not set up' };

/**
 * Pins this process (all its threads) to `clientCore`, so that everything it spawns
 * inherits that core, and remembers whether servers can be pinned to `serverCore`.
 */
export function setUpPinning(serverCore, clientCore) {
  const cores = os.availableParallelism ? os.availableParallelism() : os.cpus().length;
  const probe = spawnSync('taskset', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    pinning.enabled = false;
    pinning.description =
      'NOT pinned: `taskset` (util-linux) is missing, so the servers and the load generator share all cores and compete for them.';
    return pinning;
  }
  if (cores < 2) {
    pinning.enabled = false;
    pinning.description = `NOT pinned: the machine has ${cores} core, so the servers and the load generator share it.`;
    return pinning;
  }
  const self = spawnSync('taskset', ['-a', '-cp', String(clientCore), String(process.pid)], { encoding: 'utf8' });
  if (self.status !== 0) {
    pinning.enabled = false;
    pinning.description = `NOT pinned: \`taskset\` failed (${(self.stderr || '').trim()}).`;
    return pinning;
  }
  pinning.enabled = true;
  pinning.description =
    `Pinned: every server under test runs on core ${serverCore} (\`taskset -c ${serverCore}\`); ` +
    `the load generators (a separate process for each run), the polling clients and the orchestrator run on core ${clientCore} (\`taskset -c ${clientCore}\`).`;
  return pinning;
}

function pinned(core, command, args) {
  if (!pinning.enabled || core === undefined) return [command, args];
  return ['taskset', ['-c', String(core), command, ...args]];
}

// ---------------------------------------------------------------- processes

const live = new Set();

/**
 * Starts `command args` on `core` (with `ulimit -n nofile` when given). Output goes to
 * bench/tmp/logs/<name>.log unless `capture` is set (then stdout is collected and returned
 * by `done`).
 */
export function startProcess(name, command, args, { core, env, nofile, ipc = false, capture = false } = {}) {
  fs.mkdirSync(LOGS, { recursive: true });
  const logPath = path.join(LOGS, `${name}.log`);
  const log = fs.openSync(logPath, 'a');
  const [cmd, argv] = pinned(core, ...withFileLimit(nofile, command, args));
  const stdio = ['ignore', capture ? 'pipe' : log, log];
  if (ipc) stdio.push('ipc');
  const child = spawn(cmd, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio });
  fs.closeSync(log);
  live.add(child);

  let stdout = '';
  if (capture) child.stdout.on('data', (chunk) => (stdout += chunk));
  const done = new Promise((resolve) => {
    // 'close', not 'exit': a captured stdout can still hold unread output at 'exit' (seen
    // when two wrk processes ended at once: a result line lost).
    child.on('close', (code, signal) => {
      live.delete(child);
      resolve({ code, signal, stdout });
    });
    child.on('error', (error) => {
      live.delete(child);
      resolve({ code: -1, signal: null, stdout, error });
    });
  });
  return { name, child, pid: child.pid, logPath, done, exited: () => child.exitCode !== null || child.signalCode !== null };
}

/** Stops a process started by startProcess: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopProcess(proc, graceMs = 3000) {
  if (!proc || proc.exited()) return;
  proc.child.kill('SIGTERM');
  const timer = sleep(graceMs).then(() => 'timeout');
  if ((await Promise.race([proc.done, timer])) === 'timeout') {
    proc.child.kill('SIGKILL');
    await proc.done;
  }
}

/** Kills every child still running (used on errors and Ctrl-C). */
export function killAll() {
  for (const child of live) child.kill('SIGKILL');
}

export function logTail(proc, lines = 15) {
  try {
    return fs.readFileSync(proc.logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------- network

export function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * One HTTP request on a fresh connection. Resolves with { status, headers, text, json };
 * rejects on connection errors and after `timeoutMs`.
 */
export function request(url, { method = 'GET', headers = {}, body, timeoutMs = 5000, agent = false } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${url}`)));
    req.on('error', reject);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

/**
 * Repeats `req` every `intervalMs` until it is answered with `expectStatus`. Throws when
 * `proc` exits first or after `timeoutMs`. Returns the answer.
 */
export async function waitForReady(url, req, { expectStatus = 200, intervalMs = 20, timeoutMs = 30_000, proc } = {}) {
  const deadline = performance.now() + timeoutMs;
  let last = 'no answer';
  while (performance.now() < deadline) {
    if (proc?.exited()) throw new Error(`${proc.name} exited before it was ready:\n${logTail(proc)}`);
    try {
      const res = await request(url, { ...req, timeoutMs: 2000 });
      if (res.status === expectStatus) return res;
      last = `HTTP ${res.status} ${res.text.slice(0, 200)}`;
    } catch (error) {
      last = error.code || error.message;
    }
    await sleep(intervalMs);
  }
  throw new Error(`${proc?.name ?? url} not ready after ${timeoutMs} ms (last: ${last})${proc ? `\n${logTail(proc)}` : ''}`);
}

/** Resident set size of a process, in bytes, from /proc/<pid>/status (Linux). */
export function residentBytes(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}
