#!/usr/bin/env node
// `make bench-profile`: where each request's time goes. The mock and bare node:http (the
// bytes the mock answered, nothing else) run under `node --cpu-prof` on the server core
// and wrk loads each in turn from the other core; the profiles, read over the measured run
// only, give µs per request by part, side by side, and the mock's own functions.
//   PROFILE_REQUEST  get-pending (default), get-done, post-valid, post-invalid
//   PROFILE_SECONDS  seconds measured per server (default 8, after 3 s of warm-up)
//   PROFILE_CONNECTIONS  wrk's connections (default 10)
//   PROFILE_ROWS  rows of the table of Node's and V8's functions (default 12)
//   PROFILE_AFTER  another request (get-pending, ...) the mock answers for 5 s at 64
//                  connections first, as an app polls a job pending and then done
// Writes bench/tmp/PROFILE.md (and the .cpuprofile files under bench/tmp/profile/), prints it.
import fs from 'node:fs';
import path from 'node:path';
import { config, TMP } from './lib/config.mjs';
import { readProfile } from './lib/cpu-profile.mjs';
import { table } from './lib/markdown.mjs';
import { freePort, killAll, pinning, setUpPinning, startProcess, stopProcess, waitForReady } from './lib/proc.mjs';
import { mockJob, SCENARIOS, targetsFor } from './lib/scenarios.mjs';
import { checkMockBuilt, mockFlags } from './lib/servers.mjs';
import { checkWrkInstalled, wrk } from './lib/wrk.mjs';

/** The scenario an environment variable names (or `fallback`); unset without a fallback: undefined. */
function scenarioNamed(variable, fallback) {
  const id = process.env[variable] ?? fallback;
  if (id === undefined) return undefined;
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`${variable}: one of ${SCENARIOS.map((s) => s.id).join(', ')}`);
  return found;
}

const scenario = scenarioNamed('PROFILE_REQUEST', 'get-pending');
const after = scenarioNamed('PROFILE_AFTER');
const seconds = Number(process.env.PROFILE_SECONDS ?? 8);
const connections = Number(process.env.PROFILE_CONNECTIONS ?? 10);
const OUT = path.join(TMP, 'profile');
const nowUs = () => Number(process.hrtime.bigint() / 1000n); // the clock V8's profiles use (monotonic)

async function startProfiled(name, command, args, env, readyUrl) {
  const dir = path.join(OUT, name);
  fs.rmSync(dir, { recursive: true, force: true });
  const proc = startProcess(
    `profile-${name}`,
    process.execPath,
    [...config.nodeFlags, '--cpu-prof', `--cpu-prof-dir=${dir}`, command, ...args],
    {
      core: config.serverCore,
      env,
    },
  );
  await waitForReady(readyUrl, {}, { proc, timeoutMs: 30_000 });
  return { proc, dir };
}

/** Warm-up, then the measured run; stops the server so that its profile is written. */
async function profileRun(server, target) {
  await wrk(target, { connections, duration: 3 });
  const fromUs = nowUs();
  const run = await wrk(target, { connections, duration: seconds });
  const toUs = nowUs();
  await stopProcess(server.proc, 10_000);
  const file = fs.readdirSync(server.dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile in ${server.dir}: the server did not exit cleanly`);
  return { run, profile: readProfile(path.join(server.dir, file), run.responses, fromUs, toUs) };
}

async function main() {
  checkMockBuilt();
  checkWrkInstalled();
  setUpPinning(config.serverCore, config.clientCore);
  fs.mkdirSync(OUT, { recursive: true });

  const mockPort = await freePort();
  const mock = await startProfiled('mock', config.mockCli, mockFlags(mockPort), {}, `http://${config.host}:${mockPort}/__mock/health`);
  const mockUrl = `http://${config.host}:${mockPort}`;
  const jobs = { pending: await mockJob(mockUrl, 'timing=slow', 202), done: await mockJob(mockUrl, 'timing=instant', 200) };
  const { id: _, ...answer } = scenario.id === 'get-done' ? jobs.done : jobs.pending;

  const barePort = await freePort();
  const bareEnv = {
    BARE_PORT: String(barePort),
    BARE_HOST: config.host,
    BARE_DEFAULT: JSON.stringify(answer),
  };
  const bare = await startProfiled('bare', 'bench/servers/bare.mjs', [], bareEnv, `http://${config.host}:${barePort}/__bare/health`);
  const servers = { mock: { url: mockUrl }, bare: { url: `http://${config.host}:${barePort}` }, prism: { url: '' }, steady: { url: '' } };
  // A target with `fresh` polls a new pending job, so that none finishes while measured.
  const mockTarget = async (of) => {
    const target = targetsFor(of, servers, jobs).mock;
    if (target.fresh) target.url = await target.fresh();
    return target;
  };
  const targets = targetsFor(scenario, servers, jobs);
  targets.mock = await mockTarget(scenario);
  const bareTarget =
    scenario.kind === 'get'
      ? targets.bare
      : { ...targets.mock, url: `${servers.bare.url}/v1/videos/generations`, expectStatus: answer.status };
  targets.mock.pid = mock.proc.pid;
  bareTarget.pid = bare.proc.pid;
  if (after) await wrk(await mockTarget(after), { connections: 64, duration: 5 });

  const results = { mock: await profileRun(mock, targets.mock), bare: await profileRun(bare, bareTarget) };
  fs.writeFileSync(path.join(TMP, 'PROFILE.md'), render(results));
  process.stdout.write(render(results));
}

const us = (value) => (value === undefined ? '–' : value.toFixed(2));

function render({ mock, bare }) {
  const parts = [...new Set([...mock.profile.parts.keys(), ...bare.profile.parts.keys()])].filter((p) => p !== 'idle');
  const rows = parts.map((p) => {
    const m = mock.profile.parts.get(p);
    const b = bare.profile.parts.get(p);
    return [p, us(m), us(b), us((m ?? 0) - (b ?? 0))];
  });
  rows.push([
    '**busy, in all**',
    us(mock.profile.busyPerRequest),
    us(bare.profile.busyPerRequest),
    us(mock.profile.busyPerRequest - bare.profile.busyPerRequest),
  ]);
  const own = [...mock.profile.functions].filter(([where]) => /\.js:\d+$/.test(where) && !where.includes(' node:'));
  const top = own.slice(0, 20).map(([where, v]) => [`\`${where}\``, us(v)]);
  // Node's and V8's functions that cost the mock more per request than bare node:http: what
  // the mock's answers ask of node:http (more headers to check, a listener, the request's headers read).
  const more = [...mock.profile.functions]
    .filter(([where]) => !own.some(([o]) => o === where) && where !== '(idle) ')
    .map(([where, v]) => [where, v - (bare.profile.functions.get(where) ?? 0), v, bare.profile.functions.get(where)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, Number(process.env.PROFILE_ROWS ?? 12))
    .map(([where, d, m, b]) => [`\`${where.trim()}\``, us(m), us(b), us(d)]);
  const rps = (r) => Math.round(r.run.rps).toLocaleString('en-US');
  return [
    `# Where a request's time goes: ${scenario.title}`,
    '',
    `Written by \`make bench-profile\` (\`PROFILE_REQUEST=${scenario.id}${after ? ` PROFILE_AFTER=${after.id}` : ''}\`). wrk, 1 thread, ${connections} connections, ${seconds} s per server after 3 s of warm-up; ${pinning.description}`,
    `The mock answered ${rps(mock)} req/s and bare node:http ${rps(bare)} req/s under \`--cpu-prof\` (about a tenth slower than without it). Samples ${mock.profile.windowed ? 'of the measured run only' : 'of the whole process (the window could not be read)'}; µs per answer, self time.`,
    '',
    table(['Part', 'mock µs/request', 'bare node:http µs/request', 'difference'], rows),
    '',
    "The mock's own functions (self time, µs per request):",
    '',
    table(['Function', 'µs/request'], top),
    '',
    "Node's and V8's functions that cost the mock more than bare node:http (self time, µs per request):",
    '',
    table(['Function', 'mock', 'bare node:http', 'difference'], more),
    '',
  ].join('\n');
}

main().catch((error) => {
  killAll();
  console.error(error);
  process.exit(1);
});
