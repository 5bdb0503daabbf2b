// What the capability table (the spec's `x-model-capabilities`) decides: per-model request
// rules as data, pricing, the models endpoint's bodies and the output ratio of
// image-to-video. Pure: no Node APIs; the table comes through src/spec.
export { capabilityRows, defaultModel, findModel, modelNames, modelsServing, servesOperation } from './capability-table.js';
export { checkCreateRequest, requestModel } from './check-create-request.js';
export { checkSourceVideo } from './check-source-video.js';
export { CROSS_FIELD_RULES, ruleMessage, ruleMessagePattern, rulesMatching } from './cross-field-rules.js';
export type { CrossFieldRule, RuleName, RuleStatus } from './cross-field-rules.js';
export { DEFAULT_GENERATION_SECONDS, DEFAULT_RESOLUTION, GENERATION_CHECKS, requestedSeconds } from './generation-rules.js';
export type { GenerationCheck, GenerationChecks, GenerationRequest } from './generation-rules.js';
export { countInputImages } from './input-images.js';
export { findVideoGenerationModel, videoGenerationModelBody, videoGenerationModelsBody } from './models-endpoint.js';
export type { VideoGenerationModelBody } from './models-endpoint.js';
export { nearestAspectRatio } from './nearest-aspect-ratio.js';
export { OPERATION_PATHS } from './operation-path.js';
export { costInUsdTicks, TICKS_PER_USD } from './pricing.js';
export type { BilledJob } from './pricing.js';
export { violation } from './violation.js';
export type { Violation, ViolationStatus } from './violation.js';
