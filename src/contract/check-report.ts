// The result of one check, as data: what the JSON report holds (`--json FILE`) and what
// the summary and the JUnit XML are rendered from. Every text in it has passed through
// the session's redaction; the writers redact once more on the way out.
import type { ContractProblem } from './contract-session.js';
import type { FlowOutcome, FlowResult } from './flow-runner.js';
import type { FlowCost, FlowGroup } from './flows/contract-flow.js';
import type { Pacing } from './pacing.js';
import { TICKS_PER_USD } from './spend-meter.js';
import type { FeatureFinding } from './target-probe.js';

export interface ReportedFlow {
  name: string;
  group: FlowGroup;
  cost: FlowCost;
  outcome: FlowOutcome;
  /** Why it did not run; null when it ran. */
  skipReason: string | null;
  problems: ContractProblem[];
  /** Responses of spec operations, each checked against the spec. */
  responsesChecked: number;
  spentTicks: number;
  spentUsd: number;
  durationMs: number;
}

export interface CheckSettingsReport {
  maxCost: FlowCost;
  pacing: Pacing;
  bodyLimitBytes: number | null;
  only: string[];
  skip: string[];
  recordDir: string | null;
}

export interface CheckTotals {
  flows: number;
  passed: number;
  failed: number;
  skipped: number;
  problems: number;
  responsesChecked: number;
  spentTicks: number;
  spentUsd: number;
  billedJobs: number;
}

export interface CheckReport {
  tool: 'xai-video-contract check';
  version: string;
  baseUrl: string;
  startedAt: string;
  durationMs: number;
  settings: CheckSettingsReport;
  /** What the probes learnt about the target (only the features a selected flow needed). */
  target: FeatureFinding[];
  totals: CheckTotals;
  /** Files written by --record. */
  recorded: string[];
  flows: ReportedFlow[];
}

export interface CheckReportInput {
  version: string;
  baseUrl: string;
  startedAtMs: number;
  finishedAtMs: number;
  settings: CheckSettingsReport;
  findings: FeatureFinding[];
  results: FlowResult[];
  billedJobs: number;
  recorded: string[];
}

export const usdOf = (ticks: number): number => ticks / TICKS_PER_USD;

export function reportFlow(result: FlowResult): ReportedFlow {
  return {
    name: result.flow.name,
    group: result.flow.group,
    cost: result.flow.cost,
    outcome: result.outcome,
    skipReason: result.skipReason ?? null,
    problems: result.problems,
    responsesChecked: result.exchanges.filter((exchange) => exchange.operationId !== undefined).length,
    spentTicks: result.spentTicks,
    spentUsd: usdOf(result.spentTicks),
    durationMs: result.durationMs,
  };
}

function totalsOf(flows: readonly ReportedFlow[], billedJobs: number): CheckTotals {
  const count = (outcome: FlowOutcome) => flows.filter((flow) => flow.outcome === outcome).length;
  const sum = (pick: (flow: ReportedFlow) => number) => flows.reduce((total, flow) => total + pick(flow), 0);
  const spentTicks = sum((flow) => flow.spentTicks);
  return {
    flows: flows.length,
    passed: count('passed'),
    failed: count('failed'),
    skipped: count('skipped'),
    problems: sum((flow) => flow.problems.length),
    responsesChecked: sum((flow) => flow.responsesChecked),
    spentTicks,
    spentUsd: usdOf(spentTicks),
    billedJobs,
  };
}

export function buildCheckReport(input: CheckReportInput): CheckReport {
  const flows = input.results.map(reportFlow);
  return {
    tool: 'xai-video-contract check',
    version: input.version,
    baseUrl: input.baseUrl,
    startedAt: new Date(input.startedAtMs).toISOString(),
    durationMs: input.finishedAtMs - input.startedAtMs,
    settings: input.settings,
    target: input.findings,
    totals: totalsOf(flows, input.billedJobs),
    recorded: input.recorded,
    flows,
  };
}
