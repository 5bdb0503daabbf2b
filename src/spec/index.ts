export { loadSpecDocument, specPath } from './spec-document.js';
export type { SpecDocument, OperationObject, ResponseObject } from './spec-document.js';
export { compileAll, createSpecValidators, loadPrecompiledValidators } from './spec-validators.js';
export type { OperationId, PrecompiledValidators, ResponseProblem, SpecValidators } from './spec-validators.js';
export { CAPABILITIES_EXTENSION, modelCapabilityTable } from './model-capabilities.js';
export type {
  CreateOperationId,
  EditLimits,
  ExtensionLimits,
  GenerationLimits,
  InputName,
  ModelCapabilities,
  ModelInputs,
  ResolutionKind,
  ResolutionName,
  SecondsRange,
} from './model-capabilities.js';
