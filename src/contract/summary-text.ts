// The human summary of a check: a header with the target and the pace, one line per flow
// as it ends, then every problem, every skip reason and the totals, ending in the line CI
// tools read ("N passed, N failed, N skipped").
import { reportFlow, type CheckReport, type ReportedFlow } from './check-report.js';
import type { FlowResult } from './flow-runner.js';
import type { ContractFlow, FlowCost } from './flows/contract-flow.js';
import type { Pacing } from './pacing.js';
import { formatUsd } from './spend-meter.js';

const MARK = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP' } as const;

const COST_SCOPE: Record<FlowCost, string> = {
  free: 'free flows only (--free-only)',
  cheap: 'free flows and the minimal billed chain (--include-billed runs the rest)',
  billed: 'every flow (--include-billed)',
};

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

export function formatHeader(baseUrl: string, pacing: Pacing, maxCost: FlowCost, flows: number): string {
  return [
    `xai-video-contract check: ${baseUrl}`,
    `${flows} flows; ${COST_SCOPE[maxCost]}`,
    `pace: poll every ${seconds(pacing.pollIntervalMs)}, requests ${seconds(pacing.minRequestGapMs)} apart, ` +
      `${seconds(pacing.jobTimeoutMs)} per job, ${seconds(pacing.requestTimeoutMs)} per request`,
    '',
  ].join('\n');
}

function flowLine(flow: ReportedFlow): string {
  const spent = flow.spentTicks > 0 ? `  ${formatUsd(flow.spentTicks)}` : '';
  const problems = flow.problems.length > 0 ? `  (${flow.problems.length} problem${flow.problems.length === 1 ? '' : 's'})` : '';
  return `${MARK[flow.outcome]}  [${flow.group}] ${flow.name}${spent}${problems}`;
}

/** The line printed as a flow ends. */
export function formatFlowResult(result: FlowResult): string {
  return flowLine(reportFlow(result));
}

function problemLines(flows: readonly ReportedFlow[]): string[] {
  const failed = flows.filter((flow) => flow.outcome === 'failed');
  if (failed.length === 0) return [];
  const lines = ['', 'Problems:'];
  for (const flow of failed) {
    lines.push(`  [${flow.group}] ${flow.name}`);
    for (const problem of flow.problems) lines.push(`    ${problem.exchange} ${problem.where}: ${problem.message}`);
  }
  return lines;
}

function skipLines(flows: readonly ReportedFlow[]): string[] {
  const skipped = flows.filter((flow) => flow.outcome === 'skipped');
  if (skipped.length === 0) return [];
  return ['', 'Skipped:', ...skipped.map((flow) => `  [${flow.group}] ${flow.name}: ${flow.skipReason ?? ''}`)];
}

/** Everything after the per-flow lines. */
export function formatFooter(report: CheckReport): string {
  const { totals } = report;
  const target = report.target.map((finding) => `  ${finding.feature}: ${finding.evidence}`);
  const recorded = report.settings.recordDir ? [`recorded ${report.recorded.length} responses under ${report.settings.recordDir}`] : [];
  return [
    ...problemLines(report.flows),
    ...skipLines(report.flows),
    ...(target.length > 0 ? ['', 'Target:', ...target] : []),
    '',
    `${totals.responsesChecked} responses checked against the spec; spent ${formatUsd(totals.spentTicks)} ` +
      `(usage.cost_in_usd_ticks of ${totals.billedJobs} job${totals.billedJobs === 1 ? '' : 's'})`,
    ...recorded,
    `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
  ].join('\n');
}

/** The whole summary of a finished report (what the CLI printed, in one piece). */
export function formatSummary(report: CheckReport): string {
  return [
    formatHeader(report.baseUrl, report.settings.pacing, report.settings.maxCost, report.flows.length),
    ...report.flows.map(flowLine),
    formatFooter(report),
  ].join('\n');
}

/** `--list`: one line per flow (cost, what it needs of the target, group, name). */
export function formatFlowList(flows: readonly ContractFlow[]): string {
  const rows = flows.map((flow) => [flow.cost, flow.requires?.feature ?? '-', flow.group, flow.name]);
  const header = ['cost', 'needs', 'group', 'flow'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column < cells.length - 1 ? cell.padEnd(widths[column] ?? 0) : cell))
      .join('  ')
      .trimEnd();
  const legend =
    'cost: free = costs nothing; cheap = the minimal billed chain (about $0.30 on the live API, run by default);\n' +
    'billed = more jobs, run only with --include-billed (free on the mock). needs: learnt from the target, or told.';
  return [line(header), ...rows.map(line), '', legend].join('\n');
}
