// Runs as its own process on the client core:
//   node bench/lib/create-jobs.mjs <baseUrl> <jobs> <pathsFile>
// Creates <jobs> jobs that stay pending for minutes (`Prefer: timing=slow`, 15 s at 720p)
// over 64 keep-alive connections, writes their poll paths (/v1/videos/<id>) to <pathsFile>,
// one a line, for wrk, and prints one JSON line: { created, failures, firstFailure, wallMs }.
import fs from 'node:fs';
import http from 'node:http';
import { JSON_HEADERS, LONG_JOB_BODY } from './config.mjs';
import { request } from './proc.mjs';

const [baseUrl, jobsArg = '10000', pathsFile] = process.argv.slice(2);
const jobs = Number(jobsArg);
const SOCKETS = 64;
const agent = new http.Agent({ keepAlive: true, maxSockets: SOCKETS });
const headers = { ...JSON_HEADERS, Prefer: 'timing=slow' };

const paths = [];
let failures = 0;
let firstFailure = null;
let next = 0;

async function worker() {
  while (next < jobs) {
    next++;
    try {
      const res = await request(`${baseUrl}/v1/videos/generations`, {
        method: 'POST',
        headers,
        body: LONG_JOB_BODY,
        agent,
        timeoutMs: 30_000,
      });
      if (res.status !== 200 || !res.json?.request_id) throw new Error(`create answered ${res.status} ${res.text.slice(0, 200)}`);
      paths.push(`/v1/videos/${encodeURIComponent(res.json.request_id)}`);
    } catch (error) {
      failures++;
      firstFailure ??= error.message;
    }
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: SOCKETS }, worker));
const wallMs = performance.now() - t0;
agent.destroy();
fs.writeFileSync(pathsFile, `${paths.join('\n')}\n`);
console.log(JSON.stringify({ created: paths.length, failures, firstFailure, wallMs }));
