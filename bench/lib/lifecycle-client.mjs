// Runs as its own process on the client core:
//   node bench/lib/lifecycle-client.mjs <baseUrl> <jobs> <sockets>
// Starts <jobs> jobs at once (POST), polls each (GET) until it is done, and prints one JSON
// line: { wallMs, jobs, done, creates, polls, failures, firstFailure }.
import http from 'node:http';
import { request } from './proc.mjs';

const [baseUrl, jobsArg = '1000', socketsArg = '64'] = process.argv.slice(2);
const jobs = Number(jobsArg);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(socketsArg) });
const headers = { Authorization: 'Bearer bench-key', 'Content-Type': 'application/json' };
const body = JSON.stringify({ prompt: 'a cat', duration: 1, resolution: '480p' });
const MAX_POLLS = 1000;

/** The harness's own HTTP helper, on this process's keep-alive agent. */
const call = (method, path, payload) => request(`${baseUrl}${path}`, { method, headers, body: payload, agent, timeoutMs: 30_000 });

let creates = 0;
let polls = 0;

async function oneJob() {
  const created = await call('POST', '/v1/videos/generations', body);
  creates++;
  const id = created.json?.request_id;
  if (created.status !== 200 || !id) throw new Error(`create answered ${created.status}`);
  for (let i = 0; i < MAX_POLLS; i++) {
    const got = await call('GET', `/v1/videos/${encodeURIComponent(id)}`);
    polls++;
    if (got.status === 200 && got.json?.status === 'done') return;
    if (got.status !== 202 && !(got.status === 200 && got.json?.status === 'pending')) {
      throw new Error(`poll answered ${got.status} ${JSON.stringify(got.json)?.slice(0, 200)}`);
    }
    await new Promise((r) => setImmediate(r));
  }
  throw new Error(`not done after ${MAX_POLLS} polls`);
}

const t0 = performance.now();
const results = await Promise.allSettled(Array.from({ length: jobs }, oneJob));
const wallMs = performance.now() - t0;
const failed = results.filter((r) => r.status === 'rejected');
agent.destroy();
console.log(
  JSON.stringify({
    wallMs,
    jobs,
    done: jobs - failed.length,
    creates,
    polls,
    failures: failed.length,
    firstFailure: failed[0]?.reason?.message ?? null,
  }),
);
