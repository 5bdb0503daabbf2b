// spec/ for Node (loading the YAML, compiling, the build); a browser bundle imports
// spec-bundle.ts instead, the folder's portable entry.
export { loadSpecDocument, specPath } from './spec-document.js';
export type { SpecDocument, OperationObject, ResponseObject } from './spec-document.js';
export { compileAll, createSpecValidators, documentedStatuses, errorSubschemas } from './spec-validators.js';
export type { PrecompiledValidators, SpecValidators } from './spec-validators.js';
export { capabilityTable, loadResponseValidators, requestValidators } from './spec-bundle.js';
export type { OperationId, RequestValidators, ResponseProblem, ResponseValidators } from './validator-set.js';
export { CAPABILITIES_EXTENSION, modelCapabilityTable } from './model-capabilities.js';
export { capabilityTableModule } from './capability-table-module.js';
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
