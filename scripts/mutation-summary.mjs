// Stryker's JSON report (mutation-testing-report-schema) as the Markdown of
// test/mutation/RESULTS.md: the score per folder and per file, and every mutant that
// survived or had no test, with its place and replacement.
//   node scripts/mutation-summary.mjs [reports/mutation/mutation.json]
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function tally(mutants) {
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const undetected = mutants.filter((m) => UNDETECTED.has(m.status)).length;
  const ignored = mutants.filter((m) => m.status === 'Ignored').length;
  const valid = detected + undetected;
  return { detected, undetected, ignored, score: valid === 0 ? 100 : (100 * detected) / valid };
}

const row = (name, t) => `| ${name} | ${t.score.toFixed(1)} % | ${t.detected} | ${t.undetected} | ${t.ignored} |`;
const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
const folders = new Map();
for (const [name, file] of files) folders.set(dirname(name), [...(folders.get(dirname(name)) ?? []), ...file.mutants]);

const lines = ['| scope | score | detected | undetected | ignored (static or disabled) |', '|---|---|---|---|---|'];
lines.push(row('**all**', tally(files.flatMap(([, file]) => file.mutants))));
for (const [folder, mutants] of folders) lines.push(row(`\`${folder}/\``, tally(mutants)));
for (const [name, file] of files) lines.push(row(`\`${name}\``, tally(file.mutants)));
lines.push('', '| file:line | mutator | replacement | status |', '|---|---|---|---|');
for (const [name, file] of files) {
  for (const m of file.mutants.filter((mutant) => UNDETECTED.has(mutant.status))) {
    const replacement = String(m.replacement ?? '')
      .replace(/\s+/g, ' ')
      .replaceAll('|', '\\|')
      .slice(0, 80);
    lines.push(`| \`${name}:${m.location.start.line}\` | ${m.mutatorName} | \`${replacement}\` | ${m.status} |`);
  }
}
console.log(lines.join('\n'));
