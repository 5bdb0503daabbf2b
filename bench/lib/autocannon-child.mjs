// Runs one autocannon benchmark in a process of its own (started on the client core by
// load.mjs) and prints one JSON line: { result, cpuShare }. result is what autocannon's CLI
// prints with --json; cpuShare is the CPU this process used during the run, as a share of
// the run's wall time: near 1, the load generator, not the server, set the pace.
//   node bench/lib/autocannon-child.mjs '<autocannon options as JSON>'
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');

const { pathsFile, ...options } = JSON.parse(process.argv[2] ?? '{}');
if (pathsFile) {
  // Each request the next path of the list, whichever connection sends it (as WRK_PATHS for wrk).
  const paths = readFileSync(pathsFile, 'utf8').trim().split('\n');
  let next = 0;
  options.requests = [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }];
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
autocannon(options, (error, result) => {
  if (error) {
    console.error(error);
    process.exit(1);
  }
  const cpu = process.cpuUsage(cpu0);
  const wallMs = performance.now() - t0;
  console.log(JSON.stringify({ result, cpuShare: (cpu.user + cpu.system) / 1000 / wallMs }));
});
