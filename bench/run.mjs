#!/usr/bin/env node
// The benchmark harness: `make bench` (after `make build`) runs this file.
// Measures the mock against `prism mock`, Steady and a bare node:http server, writes
// bench/RESULTS.md and prints it. See bench/README.md for the options.
import { runBundle } from './lib/bundle.mjs';
import { runColdStart } from './lib/coldstart.mjs';
import { runGenerator } from './lib/generator.mjs';
import { main } from './lib/harness.mjs';
import { runLifecycle } from './lib/lifecycle.mjs';
import { runMemory } from './lib/memory.mjs';
import { renderReport } from './lib/report.mjs';
import { checkMockBuilt, checkPeersInstalled } from './lib/servers.mjs';
import { runThroughput } from './lib/throughput.mjs';
import { runWorkBudget } from './lib/work-budget.mjs';
import { checkWrkInstalled } from './lib/wrk.mjs';

main({
  suite: 'bench',
  reportFile: 'RESULTS.md',
  render: renderReport,
  checks: [checkMockBuilt, checkPeersInstalled, checkWrkInstalled],
  sections: [
    ['bundle', runBundle], // first: fast, and needs no server
    ['throughput', runThroughput],
    ['generator', runGenerator], // what wrk itself can send: is the bare Node figure Node's?
    ['budget', runWorkBudget], // the core's own cost, and what a µs of work per request costs here
    ['coldstart', runColdStart],
    ['lifecycle', runLifecycle],
    ['memory', runMemory],
  ],
});
