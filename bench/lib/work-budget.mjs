// What a microsecond of work per request costs on this machine, and how much work the mock
// does. Two measurements:
// - the core alone (bench/servers/core-cost.mjs, on the server core): MockCore.handle() per
//   request, no socket, no node:http: the mock's own work, hot;
// - bare node:http spinning 0 to 40 µs per request (BARE_WORK_US, WORK_US below), by the same
//   wrk as the throughput section: the curve that turns work per request into req/s here.
//   A line fitted through it reads a throughput target as the work per request it allows
//   ("0.7× bare Node": the spin at which bare Node itself falls to 0.7× of its figure).
import path from 'node:path';
import { config, ROOT } from './config.mjs';
import { startProcess } from './proc.mjs';
import { startBare } from './servers.mjs';
import { median } from './stats.mjs';
import { wrk } from './wrk.mjs';

const WORK_US = [0, 2, 5, 10, 20, 40];
const BODY = '{"status":"pending","progress":0}';

async function coreCost(log) {
  const dist = path.dirname(path.dirname(path.resolve(ROOT, config.mockCli))); // dist/bin/xai-video-mock.js → dist
  const proc = startProcess('core-cost', process.execPath, ['bench/servers/core-cost.mjs'], {
    core: config.serverCore,
    capture: true,
    env: { CORE_MODULE: path.join(dist, 'server/index.js'), CORE_SPEC: path.join(dist, 'spec/spec-bundle.js') },
  });
  const { code, stdout } = await proc.done;
  const line = stdout.trim().split('\n').pop() ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`core-cost exited with ${code} (see ${proc.logPath})`);
  const cost = JSON.parse(line);
  for (const [name, us] of Object.entries(cost)) log(`core alone · ${name}: ${us.toFixed(2)} µs per request`);
  return cost;
}

export async function runWorkBudget(log) {
  const core = config.stub ? null : await coreCost(log);
  const servers = [];
  try {
    for (const workUs of WORK_US) {
      const server = await startBare({}, { name: `bare-work-${workUs}`, fallback: { status: 202, body: BODY }, workUs });
      servers.push({ workUs, target: { url: `${server.url}/v1/videos/any`, expectStatus: 202, pid: server.pid }, server, runs: [] });
    }
    for (const s of servers) await wrk(s.target, { connections: 10, duration: config.warmup });
    for (let i = 1; i <= config.runs; i++) {
      for (const s of servers) {
        const r = await wrk(s.target, { connections: 10, duration: config.duration });
        s.runs.push(r.rps);
        log(`bare node:http + ${String(s.workUs).padStart(2)} µs of work · 10 conns · run ${i}/${config.runs}: ${Math.round(r.rps)} req/s`);
      }
    }
    return { core, connections: 10, curve: servers.map((s) => ({ workUs: s.workUs, rps: median(s.runs), runs: s.runs })) };
  } finally {
    await Promise.all(servers.map((s) => s.server.stop()));
  }
}

/**
 * A least-squares line through the curve: time per request (µs) = base + slope × work (µs).
 * The slope is what one µs of a server's own work costs per request on this machine.
 */
export function fitCurve(curve) {
  const xs = curve.map((c) => c.workUs);
  const ys = curve.map((c) => 1e6 / c.rps);
  const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const slope = xs.reduce((acc, x, i) => acc + (x - mx) * (ys[i] - my), 0) / xs.reduce((acc, x) => acc + (x - mx) ** 2, 0);
  return { base: my - slope * mx, slope };
}

/** The work per request (µs) at which the fitted line reaches `rps` (negative: faster than no work at all). */
export function workAt(fit, rps) {
  return (1e6 / rps - fit.base) / fit.slope;
}
