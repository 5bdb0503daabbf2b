// Throughput and latency: four requests, two connection counts, the mock against Prism
// (and, for the GETs, against the bare node:http ceiling). Runs are interleaved
// (mock, prism, bare, mock, prism, bare, ...) so that drift on the machine hits all alike.
import { AUTH, config, EXAMPLE_ID, INVALID_BODY, JSON_HEADERS, NOISY, VALID_BODY } from './config.mjs';
import { autocannon, combineRuns } from './load.mjs';
import { request } from './proc.mjs';
import { startBare, startMock, startPrism } from './servers.mjs';
import { int, median } from './stats.mjs';

export const SCENARIOS = [
  { id: 'get-pending', title: 'GET status of a pending job', kind: 'get' },
  { id: 'get-done', title: 'GET of a done job', kind: 'get' },
  { id: 'post-valid', title: 'POST /v1/videos/generations, valid body', kind: 'post' },
  { id: 'post-invalid', title: 'POST /v1/videos/generations, invalid body', kind: 'post' },
];

// A pending job must stay pending through a run: the longest clip at 720p in slow timing
// runs for minutes, and every run of the mock gets a job of its own anyway.
const LONG_JOB_BODY = JSON.stringify({ prompt: 'a cat', duration: 15, resolution: '720p' });

/** Creates a job on the mock and returns its id and the GET answer once it has `status`. */
async function mockJob(mockUrl, prefer, wantStatus) {
  const created = await request(`${mockUrl}/v1/videos/generations`, {
    method: 'POST',
    headers: { ...JSON_HEADERS, Prefer: prefer },
    body: wantStatus === 202 ? LONG_JOB_BODY : VALID_BODY,
  });
  if (created.status !== 200 || !created.json?.request_id) {
    throw new Error(`mock: creating a job (${prefer}) answered ${created.status} ${created.text.slice(0, 200)}`);
  }
  const id = created.json.request_id;
  const deadline = Date.now() + 5000;
  for (;;) {
    const got = await request(`${mockUrl}/v1/videos/${id}`, { headers: AUTH });
    if (got.status === wantStatus) return { id, status: got.status, body: got.text };
    if (Date.now() > deadline) throw new Error(`mock: job ${id} (${prefer}) answered ${got.status}, wanted ${wantStatus}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The request each server gets in each scenario. */
function targetsFor(scenario, servers, jobs) {
  const targets = requestsFor(scenario, servers, jobs);
  for (const [name, target] of Object.entries(targets)) target.pid = servers[name].pid;
  return targets;
}

function requestsFor(scenario, servers, jobs) {
  const { mock, prism, bare } = servers;
  switch (scenario.id) {
    case 'get-pending':
      return {
        mock: {
          url: `${mock.url}/v1/videos/${jobs.pending.id}`,
          headers: AUTH,
          expectStatus: 202,
          // a new pending job before every run, so that none finishes during a run
          fresh: async () => `${mock.url}/v1/videos/${(await mockJob(mock.url, 'timing=slow', 202)).id}`,
        },
        // Prism answers its first listed response (200) unless asked for the 202 example.
        prism: { url: `${prism.url}/v1/videos/${EXAMPLE_ID}`, headers: { ...AUTH, Prefer: 'code=202' }, expectStatus: 202 },
        bare: { url: `${bare.url}/v1/videos/${jobs.pending.id}`, headers: AUTH, expectStatus: 202 },
      };
    case 'get-done':
      return {
        mock: { url: `${mock.url}/v1/videos/${jobs.done.id}`, headers: AUTH, expectStatus: 200 },
        prism: { url: `${prism.url}/v1/videos/${EXAMPLE_ID}`, headers: AUTH, expectStatus: 200 },
        bare: { url: `${bare.url}/v1/videos/${jobs.done.id}`, headers: AUTH, expectStatus: 200 },
      };
    case 'post-valid':
    case 'post-invalid': {
      const body = scenario.id === 'post-valid' ? VALID_BODY : INVALID_BODY;
      const expectStatus = scenario.id === 'post-valid' ? 200 : 422;
      const post = (base) => ({ url: `${base}/v1/videos/generations`, method: 'POST', headers: JSON_HEADERS, body, expectStatus });
      return { mock: post(mock.url), prism: post(prism.url) };
    }
    default:
      throw new Error(`unknown scenario ${scenario.id}`);
  }
}

/** Sends the scenario's request once to each server and checks the status. */
async function probe(name, target) {
  const res = await request(target.url, { method: target.method, headers: target.headers, body: target.body });
  if (res.status !== target.expectStatus) {
    throw new Error(
      `${name}: ${target.method ?? 'GET'} ${target.url} answered ${res.status}, expected ${target.expectStatus}: ${res.text.slice(0, 300)}`,
    );
  }
  return res;
}

let retriesLeft = config.noisyRetries;

/** An autocannon run; targets with `fresh` get a new URL (a new job) first. */
async function load(target, options) {
  if (target.fresh) target.url = await target.fresh();
  return autocannon(target, options);
}

/** One measured run; repeated (at most twice) when other processes disturbed it. */
async function quietRun(target, connections, log) {
  let best = await load(target, { connections, duration: config.duration });
  for (let attempt = 2; attempt <= 3 && best.foreign !== null && best.foreign > NOISY && retriesLeft > 0; attempt++) {
    retriesLeft--;
    log(`other processes used ${(best.foreign * 100).toFixed(0)}% of the server core: repeating (${retriesLeft} repeats left)`);
    const again = await load(target, { connections, duration: config.duration });
    if (again.foreign === null || again.foreign < best.foreign) best = again;
  }
  return best;
}

export async function runThroughput(log) {
  const servers = {};
  try {
    log('starting the mock and prism (both on the server core)');
    [servers.mock, servers.prism] = await Promise.all([startMock(), startPrism()]);
    const jobs = {
      pending: await mockJob(servers.mock.url, 'timing=slow', 202),
      done: await mockJob(servers.mock.url, 'timing=instant', 200),
    };
    // The ceiling answers the same bytes the mock answers for these two jobs.
    servers.bare = await startBare({
      [`/v1/videos/${jobs.pending.id}`]: { status: jobs.pending.status, body: jobs.pending.body },
      [`/v1/videos/${jobs.done.id}`]: { status: jobs.done.status, body: jobs.done.body },
    });
    log(`mock ${servers.mock.url} · prism ${servers.prism.url} · bare ${servers.bare.url}`);

    const rows = [];
    for (const scenario of SCENARIOS) {
      const targets = targetsFor(scenario, servers, jobs);
      const names = Object.keys(targets);
      for (const name of names) await probe(name, targets[name]);

      log(`${scenario.title}: warm-up ${config.warmup} s per server`);
      for (const name of names) await load(targets[name], { connections: 64, duration: config.warmup });

      for (const connections of config.connections) {
        const runs = Object.fromEntries(names.map((n) => [n, []]));
        for (let i = 1; i <= config.runs; i++) {
          for (const name of names) {
            const r = await quietRun(targets[name], connections, (m) =>
              log(`${scenario.id} · ${connections} conns · run ${i}/${config.runs} · ${name.padEnd(5)} ${m}`),
            );
            runs[name].push(r);
            let warn = r.unexpected ? `  !! ${r.unexpected} unexpected (${JSON.stringify(r.codes)}, ${r.errors} errors)` : '';
            if (r.foreign !== null && r.foreign > NOISY)
              warn += `  !! other processes used ${(r.foreign * 100).toFixed(0)}% of the server core`;
            log(
              `${scenario.id} · ${connections} conns · run ${i}/${config.runs} · ${name.padEnd(5)} ` +
                `${int(r.rps).padStart(7)} req/s  p50 ${r.p50} ms  p99 ${r.p99} ms${warn}`,
            );
          }
        }
        const row = { scenario: scenario.id, title: scenario.title, kind: scenario.kind, connections, servers: {}, ratios: {} };
        for (const name of names) row.servers[name] = { ...combineRuns(runs[name]), expectStatus: targets[name].expectStatus };
        // Ratios pair the runs of one round (measured back to back), so that the machine's
        // drift between rounds cancels out: the median of the per-round ratios.
        for (const other of names.filter((n) => n !== 'mock')) {
          row.ratios[other] = median(runs.mock.map((r, i) => r.rps / runs[other][i].rps));
        }
        rows.push(row);
      }
    }
    return { rows, retries: config.noisyRetries - retriesLeft };
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.stop()));
  }
}
