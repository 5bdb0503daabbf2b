// Runs contract flows against one base URL: a session per flow, one pacer, one spend
// meter and one source video shared by the whole run.
import { createSpecValidators, type SpecValidators } from '../../src/spec/index.js';
import type { ContractTargetKind, ContractTargetSettings } from './contract-target.js';
import { createContractSession, type ContractProblem, type ContractSession, type SessionEnvironment } from './contract-session.js';
import type { FixtureRecorder } from './fixture-recorder.js';
import type { ContractFlow } from './flows/contract-flow.js';
import { createSourceVideo } from './flows/source-video.js';
import { createRequestPacer, realClockwork } from './request-pacer.js';
import { createSpendMeter } from './spend-meter.js';

export interface FlowRunnerOptions {
  baseUrl: string;
  settings: ContractTargetSettings;
  validators?: SpecValidators;
  recorder?: FixtureRecorder;
  fetch?: typeof globalThis.fetch;
}

export interface FlowRunner {
  env: SessionEnvironment;
  target: ContractTargetKind;
  /** Runs one flow in a fresh session; the session holds its exchanges and problems. */
  run(flow: ContractFlow): Promise<ContractSession>;
  /** Runs flows one after another (the live API's rate limit, and shared state). */
  runAll(flows: readonly ContractFlow[]): Promise<ContractProblem[]>;
}

export function createFlowRunner(options: FlowRunnerOptions): FlowRunner {
  const { settings } = options;
  const env: SessionEnvironment = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    apiKey: settings.apiKey,
    validators: options.validators ?? createSpecValidators(),
    pollIntervalMs: settings.pollIntervalMs,
    jobTimeoutMs: settings.jobTimeoutMs,
    pacer: createRequestPacer(settings.minRequestGapMs),
    spend: createSpendMeter(),
    clock: realClockwork,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.recorder ? { recorder: options.recorder } : {}),
  };
  const sourceVideo = createSourceVideo();
  async function run(flow: ContractFlow): Promise<ContractSession> {
    const session = createContractSession(flow.name, env);
    try {
      await flow.run({ session, target: settings.kind, sourceVideo });
    } catch (error) {
      // A transport failure (connection refused, reset) is a problem of the flow, not a crash.
      session.expect(false, `flow threw: ${(error as Error).message}`);
    }
    return session;
  }
  return {
    env,
    target: settings.kind,
    run,
    async runAll(flows) {
      const problems: ContractProblem[] = [];
      for (const flow of flows) problems.push(...(await run(flow)).problems);
      return problems;
    },
  };
}
