#!/usr/bin/env node
// The load harness: `make bench-load` (after `make build`) runs this file.
// Many connections polling many live jobs, and a slowloris run, against the mock; writes
// bench/RESULTS-load.md and prints it. See bench/README.md for the options.
import { main } from './lib/harness.mjs';
import { renderLoadReport } from './lib/load-report.mjs';
import { runPolling } from './lib/polling.mjs';
import { checkMockBuilt } from './lib/servers.mjs';
import { runSlowloris } from './lib/slowloris.mjs';
import { checkWrkInstalled } from './lib/wrk.mjs';

main({
  suite: 'load',
  reportFile: 'RESULTS-load.md',
  render: renderLoadReport,
  checks: [checkMockBuilt, checkWrkInstalled],
  sections: [
    ['polling', runPolling],
    ['slowloris', runSlowloris],
  ],
});
