// One check from start to report: select the flows, run them in order through the one
// runner (recording when asked), and gather what happened into a CheckReport. Nothing
// here prints or exits: the CLI does that, and a program can call this directly.
import { createSpecValidators, loadSpecDocument } from '../spec/index.js';
import { buildCheckReport, type CheckReport } from './check-report.js';
import { createFixtureRecorder } from './fixture-recorder.js';
import { createFlowRunner, type FlowResult } from './flow-runner.js';
import { selectFlows } from './flow-selection.js';
import type { ContractFlow, FlowCost } from './flows/contract-flow.js';
import { CONTRACT_FLOWS } from './flows/flow-catalogue.js';
import { LIVE_PACING, type Pacing } from './pacing.js';
import { realClockwork, type Clockwork } from './request-pacer.js';

export interface ContractCheckOptions {
  baseUrl: string;
  apiKey: string;
  /** Default: the live API's pace. */
  pacing?: Partial<Pacing>;
  /** Default `cheap`: the free flows and the minimal billed chain. */
  maxCost?: FlowCost;
  bodyLimitBytes?: number;
  only?: readonly string[];
  skip?: readonly string[];
  /** Record every response of a spec operation here (status and body only). */
  recordDir?: string;
  /** Default: every flow of the catalogue. */
  flows?: readonly ContractFlow[];
  /** Called as each flow ends (the CLI prints progress with it). */
  onFlow?: (result: FlowResult) => void;
  /** The package version, for the report. */
  version?: string;
  fetch?: typeof globalThis.fetch;
  clock?: Clockwork;
}

function skipped(flow: ContractFlow, reason: string): FlowResult {
  return { flow, outcome: 'skipped', skipReason: reason, problems: [], exchanges: [], spentTicks: 0, durationMs: 0 };
}

/** Throws FlowPatternError for a pattern that matches no flow; everything the target does is in the report. */
export async function runContractCheck(options: ContractCheckOptions): Promise<CheckReport> {
  const clock = options.clock ?? realClockwork;
  const startedAtMs = clock.now();
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const selection = selectFlows(options.flows ?? CONTRACT_FLOWS, { only: options.only ?? [], skip: options.skip ?? [] });
  const pacing: Pacing = { ...LIVE_PACING, ...options.pacing };
  const maxCost = options.maxCost ?? 'cheap';
  const recorder = options.recordDir ? createFixtureRecorder(options.recordDir, `recorded from ${baseUrl}`, [options.apiKey]) : undefined;
  // Compiled here (a few hundred ms, once per check): the check runs in Node only.
  const validators = createSpecValidators(loadSpecDocument());
  const runner = createFlowRunner({
    baseUrl,
    apiKey: options.apiKey,
    pacing,
    maxCost,
    validators,
    clock,
    ...(options.bodyLimitBytes === undefined ? {} : { bodyLimitBytes: options.bodyLimitBytes }),
    ...(recorder ? { recorder } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const results: FlowResult[] = [];
  for (const { flow, excludedBy } of selection) {
    const result = excludedBy ? skipped(flow, excludedBy) : await runner.run(flow);
    results.push(result);
    options.onFlow?.(result);
  }
  return buildCheckReport({
    version: options.version ?? '',
    baseUrl,
    startedAtMs,
    finishedAtMs: clock.now(),
    settings: {
      maxCost,
      pacing,
      bodyLimitBytes: options.bodyLimitBytes ?? null,
      only: [...(options.only ?? [])],
      skip: [...(options.skip ?? [])],
      recordDir: options.recordDir ?? null,
    },
    findings: runner.findings(),
    results,
    billedJobs: runner.env.spend.jobs(),
    recorded: recorder?.written() ?? [],
  });
}
