// Issue 12's slowloris run: normal requests (and a request on a fresh connection every
// probeMs) measured without, then with, many connections that trickle header bytes and
// never finish them. Reports the normal requests' latency both ways, whether every normal
// request was still answered, and what the server did with the slow connections.
import { AUTH, config } from './config.mjs';
import { fileLimitFor } from './file-limits.mjs';
import { logTail, startProcess, stopProcess } from './proc.mjs';
import { probeFreshConnections } from './samplers.mjs';
import { mockJob } from './scenarios.mjs';
import { startMock } from './servers.mjs';
import { median } from './stats.mjs';
import { wrk } from './wrk.mjs';

/** The normal requests for `seconds`: wrk on a few connections, plus fresh-connection probes. */
async function normalLoad(server, seconds) {
  const job = await mockJob(server.url, 'timing=slow', 202);
  const target = { url: `${server.url}/v1/videos/${job.id}`, headers: AUTH, expectStatus: 202, pid: server.pid };
  const probes = probeFreshConnections(target, { intervalMs: config.probeMs, timeoutMs: config.probeTimeoutMs });
  const run = await wrk(target, { connections: config.normalConnections, duration: seconds });
  return { run, probes: await probes.stop() };
}

function startAttack(server, nofile) {
  const args = [
    'bench/lib/slowloris-client.mjs',
    `${server.url}/v1/videos/slowloris`,
    String(config.slowlorisConnections),
    String(config.slowlorisTrickleMs),
  ];
  const proc = startProcess('slowloris-client', process.execPath, args, { core: config.clientCore, ipc: true, nofile });
  const openSamples = [];
  proc.child.on('message', (m) => {
    if (m?.type === 'status') openSamples.push(m.open);
  });
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`slowloris client not ready after 30 s:\n${logTail(proc)}`)), 30_000);
    proc.child.on('message', (m) => {
      if (m?.type !== 'ready') return;
      clearTimeout(timer);
      resolve(m);
    });
    proc.done.then(() => {
      clearTimeout(timer);
      reject(new Error(`slowloris client exited:\n${logTail(proc)}`));
    });
  });
  const report = () =>
    new Promise((resolve) => {
      const onMessage = (m) => {
        if (m?.type !== 'report') return;
        proc.child.off('message', onMessage);
        resolve(m);
      };
      proc.child.on('message', onMessage);
      proc.child.send({ type: 'report' });
    });
  return { proc, ready, report, openSamples };
}

export async function runSlowloris(log) {
  const attackers = config.slowlorisConnections;
  const server = await startMock({ name: 'slowloris-mock', nofile: fileLimitFor(attackers + 256) });
  let attack;
  try {
    log(
      `baseline: ${config.normalConnections} connections for ${config.slowlorisBaseline} s, a fresh connection every ${config.probeMs} ms`,
    );
    const baseline = await normalLoad(server, config.slowlorisBaseline);
    log(
      `baseline: p50 ${baseline.run.p50.toFixed(2)} ms, p99 ${baseline.run.p99.toFixed(2)} ms, probes ${baseline.probes.answered}/${baseline.probes.sent}`,
    );

    log(`opening ${attackers} slowloris connections (one header byte each per ${config.slowlorisTrickleMs} ms, never finished)`);
    attack = startAttack(server, fileLimitFor(attackers + 64));
    const ready = await attack.ready;
    log(`${ready.open}/${attackers} slowloris connections open; normal load for ${config.slowlorisSeconds} s`);
    const during = await normalLoad(server, config.slowlorisSeconds);
    const tally = await attack.report();
    log(
      `under attack: p50 ${during.run.p50.toFixed(2)} ms, p99 ${during.run.p99.toFixed(2)} ms, ${during.run.errors} errors, ` +
        `${during.run.unexpected} unexpected; probes ${during.probes.answered}/${during.probes.sent}; ` +
        `slowloris: ${tally.open} open, ${tally.closedByServer} closed by the server ${JSON.stringify(tally.answers)}`,
    );
    const lifetimes = tally.lifetimesMs;
    return {
      connections: attackers,
      trickleMs: config.slowlorisTrickleMs,
      normalConnections: config.normalConnections,
      probeMs: config.probeMs,
      probeTimeoutMs: config.probeTimeoutMs,
      baselineSeconds: config.slowlorisBaseline,
      attackSeconds: config.slowlorisSeconds,
      baseline,
      during,
      attack: {
        openAtStart: ready.open,
        connectErrorsAtStart: ready.connectErrors,
        openAtEnd: tally.open,
        minOpen: Math.min(tally.minOpen, ...attack.openSamples),
        maxOpen: tally.maxOpen,
        opened: tally.opened,
        closedByServer: tally.closedByServer,
        connectErrors: tally.connectErrors,
        answers: tally.answers,
        lifetimeMedianMs: median(lifetimes),
        lifetimeMaxMs: lifetimes.length ? Math.max(...lifetimes) : null,
        bytesSent: tally.bytesSent,
      },
    };
  } finally {
    if (attack) await stopProcess(attack.proc);
    await server.stop();
  }
}
