/**
 * Public entry of the contract check (package export "./contract"): the flows, their one
 * runner and the check as a function, for a program or a test suite of its own. The
 * command is `xai-video-contract check` (cli.ts). Named exports only.
 */
export { runContractCheck } from './run-contract-check.js';
export type { ContractCheckOptions } from './run-contract-check.js';
export { createFlowRunner, costSkipReason } from './flow-runner.js';
export type { FlowOutcome, FlowResult, FlowRunner, FlowRunnerOptions } from './flow-runner.js';
export { CONTRACT_FLOWS } from './flows/flow-catalogue.js';
export { FLOW_COSTS, FLOW_GROUPS } from './flows/contract-flow.js';
export type { ContractFlow, FlowContext, FlowCost, FlowGroup, FlowRequirement, TargetFacts, TargetFeature } from './flows/contract-flow.js';
export type { ContractProblem, ContractSession, Exchange } from './contract-session.js';
export { FlowPatternError, matchesPattern, selectFlows } from './flow-selection.js';
export type { FlowPatterns, SelectedFlow } from './flow-selection.js';
export type { FeatureFinding } from './target-probe.js';
export { LIVE_PACING, LOCAL_PACING } from './pacing.js';
export type { Pacing } from './pacing.js';
export { buildCheckReport } from './check-report.js';
export type { CheckReport, CheckTotals, ReportedFlow } from './check-report.js';
export { toJUnitXml } from './junit-report.js';
export { formatFlowList, formatSummary } from './summary-text.js';
export { createFixtureRecorder } from './fixture-recorder.js';
export type { FixtureRecorder, RecordedResponse } from './fixture-recorder.js';
export { checkResponse } from './response-check.js';
export { redactSecrets } from './redact-secrets.js';
