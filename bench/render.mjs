#!/usr/bin/env node
// Re-renders a report from the raw figures of an earlier run, without measuring again:
//   node bench/render.mjs [bench/tmp/results-bench.json] [bench/RESULTS.md]
//   node bench/render.mjs bench/tmp/results-load.json bench/RESULTS-load.md
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/config.mjs';
import { renderLoadReport } from './lib/load-report.mjs';
import { renderReport } from './lib/report.mjs';

const [input = 'bench/tmp/results-bench.json', output] = process.argv.slice(2);
const results = JSON.parse(fs.readFileSync(path.resolve(ROOT, input), 'utf8'));
const load = results.suite === 'load';
const out = output ?? (load ? 'bench/RESULTS-load.md' : 'bench/RESULTS.md');
fs.writeFileSync(path.resolve(ROOT, out), load ? renderLoadReport(results) : renderReport(results));
console.log(`wrote ${out} from ${input}`);
