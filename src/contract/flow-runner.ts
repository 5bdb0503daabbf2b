// The one runner of the contract flows, used by the check CLI, `make contract-live` and
// this repository's vitest suite alike: a session per flow, and for the whole run one
// pacer, one spend meter, one source video and one set of target probes. It decides
// whether a flow runs (its cost, what it needs of the target) and says why when not.
import { createSpecValidators, type SpecValidators } from '../spec/index.js';
import { createContractSession, type ContractProblem, type Exchange, type SessionEnvironment } from './contract-session.js';
import type { FixtureRecorder } from './fixture-recorder.js';
import type { ContractFlow, FlowCost, TargetFacts } from './flows/contract-flow.js';
import { createSourceVideo } from './flows/source-video.js';
import { LIVE_PACING, type Pacing } from './pacing.js';
import { createRequestPacer, realClockwork, type Clockwork } from './request-pacer.js';
import { createSpendMeter } from './spend-meter.js';
import { createTargetProber, type FeatureFinding } from './target-probe.js';

export interface FlowRunnerOptions {
  baseUrl: string;
  /** The bearer key. Never printed: every problem message is redacted. */
  apiKey: string;
  /** Default: the live API's pace. */
  pacing?: Partial<Pacing>;
  /** The costliest flows to run (default `billed`: all of them). */
  maxCost?: FlowCost;
  /** The target's request-body limit, when known (enables the 413 flow). */
  bodyLimitBytes?: number;
  validators?: SpecValidators;
  recorder?: FixtureRecorder;
  fetch?: typeof globalThis.fetch;
  clock?: Clockwork;
}

export type FlowOutcome = 'passed' | 'failed' | 'skipped';

export interface FlowResult {
  flow: ContractFlow;
  outcome: FlowOutcome;
  /** Set when skipped: why, in a sentence. */
  skipReason: string | undefined;
  problems: ContractProblem[];
  exchanges: Exchange[];
  /** What this flow's jobs cost, from `usage.cost_in_usd_ticks`. */
  spentTicks: number;
  durationMs: number;
}

export interface FlowRunner {
  env: SessionEnvironment;
  /** Runs one flow in a fresh session, or skips it with the reason. */
  run(flow: ContractFlow): Promise<FlowResult>;
  /** Runs flows one after another (the live API's rate limit, and shared state); returns every problem. */
  runAll(flows: readonly ContractFlow[]): Promise<ContractProblem[]>;
  /** What the probes learnt about the target so far. */
  findings(): FeatureFinding[];
}

const COST_RANK: Record<FlowCost, number> = { free: 0, cheap: 1, billed: 2 };

/** Why a flow costs too much for this run, or undefined when it may run. */
export function costSkipReason(cost: FlowCost, maxCost: FlowCost): string | undefined {
  if (COST_RANK[cost] <= COST_RANK[maxCost]) return undefined;
  if (cost === 'cheap') return 'part of the minimal billed chain (about $0.30 on the live API): not run with --free-only';
  return 'would bill a job on a target that bills: run it with --include-billed (free on the mock)';
}

function sessionEnvironment(options: FlowRunnerOptions): SessionEnvironment {
  const pacing = { ...LIVE_PACING, ...options.pacing };
  const clock = options.clock ?? realClockwork;
  return {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    apiKey: options.apiKey,
    validators: options.validators ?? createSpecValidators(),
    pollIntervalMs: pacing.pollIntervalMs,
    jobTimeoutMs: pacing.jobTimeoutMs,
    requestTimeoutMs: pacing.requestTimeoutMs,
    pacer: createRequestPacer(pacing.minRequestGapMs, clock),
    spend: createSpendMeter(),
    clock,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.recorder ? { recorder: options.recorder } : {}),
  };
}

/** "fetch failed (ECONNREFUSED)": the cause says what the transport met. */
function describeThrown(error: unknown): string {
  const message = (error as Error)?.message ?? String(error);
  const cause = (error as { cause?: { code?: unknown; message?: unknown } })?.cause;
  const detail = cause?.code ?? cause?.message;
  return typeof detail === 'string' && !message.includes(detail) ? `${message} (${detail})` : message;
}

export function createFlowRunner(options: FlowRunnerOptions): FlowRunner {
  const env = sessionEnvironment(options);
  const maxCost = options.maxCost ?? 'billed';
  const facts: TargetFacts = { bodyLimitBytes: options.bodyLimitBytes };
  const prober = createTargetProber(createContractSession('target probe', env), facts);
  const sourceVideo = createSourceVideo();

  async function run(flow: ContractFlow): Promise<FlowResult> {
    const startedAt = env.clock.now();
    const session = createContractSession(flow.name, env);
    const result = (outcome: FlowOutcome, skipReason?: string): FlowResult => ({
      flow,
      outcome,
      skipReason,
      problems: session.problems,
      exchanges: session.exchanges,
      spentTicks: session.spend.totalTicks(),
      durationMs: env.clock.now() - startedAt,
    });
    const tooCostly = costSkipReason(flow.cost, maxCost);
    if (tooCostly) return result('skipped', tooCostly);
    try {
      if (flow.requires) {
        const finding = await prober.find(flow.requires.feature);
        if (!finding.available) return result('skipped', `${flow.requires.why}; ${finding.evidence}`);
      }
      await flow.run({ session, target: facts, sourceVideo });
      session.expect(session.exchanges.length > 0, 'the flow sent no request to the target');
    } catch (error) {
      // A transport failure (connection refused, reset, timeout) is a problem of the flow, not a crash.
      session.expect(false, `flow threw: ${describeThrown(error)}`);
    }
    return result(session.problems.length === 0 ? 'passed' : 'failed');
  }

  return {
    env,
    run,
    async runAll(flows) {
      const problems: ContractProblem[] = [];
      for (const flow of flows) problems.push(...(await run(flow)).problems);
      return problems;
    },
    findings: () => prober.findings(),
  };
}
