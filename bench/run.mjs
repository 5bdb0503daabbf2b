#!/usr/bin/env node
// The benchmark harness: `make bench` (after `make build`) runs this file.
// Measures the mock against `prism mock` and a bare node:http server, writes
// bench/RESULTS.md and prints it. See bench/README.md for the options.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle } from './lib/bundle.mjs';
import { runColdStart } from './lib/coldstart.mjs';
import { config, ROOT, sectionEnabled, TMP } from './lib/config.mjs';
import { runLifecycle } from './lib/lifecycle.mjs';
import { describeMachine } from './lib/machine.mjs';
import { runMemory } from './lib/memory.mjs';
import { killAll, pinning, setUpPinning } from './lib/proc.mjs';
import { renderReport } from './lib/report.mjs';
import { checkMockBuilt } from './lib/servers.mjs';
import { runThroughput } from './lib/throughput.mjs';

process.chdir(ROOT);
const started = performance.now();
const stamp = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const logger = (section) => (message) => console.log(`[${stamp()}] ${section.padEnd(10)} ${message}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}
process.on('exit', killAll);

const SECTIONS = [
  ['bundle', runBundle], // first: fast, and needs no server
  ['throughput', runThroughput],
  ['coldstart', runColdStart],
  ['lifecycle', runLifecycle],
  ['memory', runMemory],
];

async function main() {
  const log = logger('bench');
  fs.rmSync(path.join(TMP, 'logs'), { recursive: true, force: true });
  setUpPinning(config.serverCore, config.clientCore);
  log(pinning.description);
  if (config.stub) log('BENCH_MOCK=stub: measuring the stub mock, not the real one');
  if (config.quick) log('BENCH_QUICK=1: one short run per figure');
  checkMockBuilt();
  // The mock reads these; a key list from the caller's shell would refuse the bench's key.
  for (const name of ['XAI_MOCK_API_KEYS', 'XAI_MOCK_SECRET']) {
    if (process.env[name] !== undefined) log(`ignoring ${name} from the environment`);
    delete process.env[name];
  }

  const results = {
    machine: describeMachine(),
    pinning: pinning.description,
    settings: {
      quick: config.quick,
      stub: config.stub,
      only: config.only,
      runs: config.runs,
      duration: config.duration,
      warmup: config.warmup,
      mockCli: config.mockCli,
    },
    errors: {},
  };
  log(`${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}`);

  for (const [name, run] of SECTIONS) {
    if (!sectionEnabled(name)) continue;
    const sectionLog = logger(name);
    sectionLog('start');
    try {
      results[name] = await run(sectionLog);
    } catch (error) {
      results.errors[name] = error.message;
      sectionLog(`FAILED: ${error.message}`);
      killAll();
    }
  }

  results.elapsedMs = performance.now() - started;
  results.machine.loadAverageEnd = os.loadavg();
  fs.mkdirSync(TMP, { recursive: true });
  fs.writeFileSync(path.join(TMP, 'results.json'), JSON.stringify(results, null, 2));
  const report = renderReport(results);
  fs.mkdirSync(path.dirname(config.out), { recursive: true });
  fs.writeFileSync(config.out, report);
  console.log(`\n${report}`);
  log(`wrote ${path.relative(ROOT, config.out)} in ${(results.elapsedMs / 1000).toFixed(0)} s`);
  // A benchmark reports misses; it fails only when it could not measure.
  return Object.keys(results.errors).length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error.message);
    killAll();
    process.exit(1);
  },
);
