// What every benchmark suite does around its sections: pinning, logs, the environment,
// running each section (a failed section is reported, the others still run), the raw
// figures in bench/tmp/results-<suite>.json and the Markdown report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { config, ROOT, reportPath, sectionEnabled, TMP } from './config.mjs';
import { describeMachine } from './machine.mjs';
import { killAll, pinning, setUpPinning } from './proc.mjs';

// A quick, stub or partial run keeps its raw figures apart, so render.mjs still finds the full run's.
export const resultsPath = (suite) => path.join(TMP, `results-${suite}${config.quick || config.stub || config.only ? '-dev' : ''}.json`);

function installSignalHandlers() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      killAll();
      process.exit(130);
    });
  }
  process.on('exit', killAll);
}

/**
 * Runs `sections` ([name, run(log)] pairs) of the suite `suite` and writes `reportFile`
 * (bench/<reportFile>, or bench/tmp/ for quick and stub runs) with `render(results)`.
 * `checks` are run first (a missing tool ends the run before anything starts).
 * Resolves with the exit code: 1 when a section could not measure.
 */
export async function runSuite({ suite, sections, reportFile, render, checks = [] }) {
  process.chdir(ROOT);
  installSignalHandlers();
  const started = performance.now();
  const stamp = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
  const logger = (section) => (message) => console.log(`[${stamp()}] ${section.padEnd(10)} ${message}`);
  const log = logger('bench');

  fs.rmSync(path.join(TMP, 'logs'), { recursive: true, force: true });
  setUpPinning(config.serverCore, config.clientCore);
  log(pinning.description);
  if (config.stub) log('BENCH_MOCK=stub: measuring the stub mock, not the real one');
  if (config.quick) log('BENCH_QUICK=1: short runs, for checking the harness');
  for (const check of checks) check();
  // The mock reads these; a key list from the caller's shell would refuse the bench's key.
  for (const name of ['XAI_MOCK_API_KEYS', 'XAI_MOCK_SECRET']) {
    if (process.env[name] !== undefined) log(`ignoring ${name} from the environment`);
    delete process.env[name];
  }

  const results = {
    suite,
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
      nodeFlags: config.nodeFlags,
    },
    errors: {},
  };
  log(`${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}`);

  for (const [name, run] of sections) {
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
  fs.writeFileSync(resultsPath(suite), JSON.stringify(results, null, 2));
  const report = render(results);
  const out = reportPath(reportFile);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, report);
  console.log(`\n${report}`);
  log(`wrote ${path.relative(ROOT, out)} in ${(results.elapsedMs / 1000).toFixed(0)} s`);
  // A benchmark reports misses; it fails only when it could not measure.
  return Object.keys(results.errors).length === 0 ? 0 : 1;
}

/** Runs a suite as a program's main: exits with its code, or 1 with the message. */
export function main(options) {
  runSuite(options).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error.message);
      killAll();
      process.exit(1);
    },
  );
}
