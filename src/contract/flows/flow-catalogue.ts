// Every contract flow, in the order a run goes through them (text-to-video first: it makes
// the source video that extension and edit reuse).
import type { ContractFlow } from './contract-flow.js';
import { errorFlows } from './error-flows.js';
import { generationFlows } from './generation-flows.js';
import { lifecycleFlows } from './lifecycle-flows.js';
import { sourceVideoFlows } from './source-video-flows.js';

export const CONTRACT_FLOWS: readonly ContractFlow[] = [...generationFlows, ...sourceVideoFlows, ...lifecycleFlows, ...errorFlows];
