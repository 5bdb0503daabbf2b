#!/usr/bin/env node
// Re-renders a report from the raw figures of an earlier run, without measuring again:
//   node bench/render.mjs [bench/tmp/results-bench.json] [bench/RESULTS.md]
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib/config.mjs';
import { renderReport } from './lib/report.mjs';

const [input = 'bench/tmp/results-bench.json', output = 'bench/RESULTS.md'] = process.argv.slice(2);
const results = JSON.parse(fs.readFileSync(path.resolve(ROOT, input), 'utf8'));
fs.writeFileSync(path.resolve(ROOT, output), renderReport(results));
console.log(`wrote ${output} from ${input}`);
