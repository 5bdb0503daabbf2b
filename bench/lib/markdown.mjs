// Markdown pieces shared by the reports (lib/report.mjs, lib/load-report.mjs).

export const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export const esc = (text) => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');

/** "12 PASS, 1 MISS." (INVALID and ERROR only when there are some). */
export function summaryLine(checks) {
  const count = (result) => checks.filter((c) => c.result === result).length;
  return `${['PASS', 'MISS', 'INVALID', 'ERROR']
    .map((k) => [k, count(k)])
    .filter(([k, n]) => n > 0 || k === 'PASS' || k === 'MISS')
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')}.`;
}

/** The targets table: `columns` are [header, key] pairs shown between Measure and Target. */
export function targetsTable(checks, columns) {
  const rows = checks.map((c) => [
    esc(c.measure),
    ...columns.map(([, key]) => esc(c[key] ?? '–')),
    esc(c.target),
    `**${c.result}**${c.note ? ` ${esc(c.note)}` : ''}`,
  ]);
  return ['## Targets', '', summaryLine(checks), '', table(['Measure', ...columns.map(([h]) => h), 'Target', 'Result'], rows)].join('\n');
}

/** The banner of a run that is not valid for the targets (quick, stub, partial). */
export function banner(settings) {
  const lines = [];
  if (settings.stub) lines.push("> **DRY RUN against the stub mock (`BENCH_MOCK=stub`): the mock figures are not this project's.**");
  if (settings.quick) {
    lines.push(
      '> **Quick run (`BENCH_QUICK=1`): short runs to check the harness, on a machine that may be busy; not valid for the targets.**',
    );
  }
  if (settings.only) lines.push(`> Partial run: only ${settings.only.join(', ')}.`);
  return lines;
}

export function errorsSection(errors) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return ['## Errors', '', ...entries.map(([k, e]) => `- **${k}**: ${esc(e)}`)].join('\n');
}

export const percent = (share) => (share === null || share === undefined ? '–' : `${(share * 100).toFixed(0)}%`);

/** `node` with the V8 flags the run gave every Node server (config.nodeFlags; none in results from before). */
export const nodeCommand = (settings) => ['node', ...(settings.nodeFlags ?? [])].join(' ');
