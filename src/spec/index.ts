// spec/ for Node (loading the YAML, compiling, the build); a browser bundle imports
// spec-bundle.ts instead, the folder's portable entry.
export { loadSpecDocument, specPath } from './spec-document.js';
export type { SpecDocument, OperationObject, ResponseObject } from './spec-document.js';
export { compileAll, createSpecValidators, documentedStatuses } from './spec-validators.js';
export type { PrecompiledValidators, SpecValidators } from './spec-validators.js';
export { requestValidators, loadResponseValidators } from './spec-bundle.js';
export type { OperationId, RequestValidators, ResponseProblem, ResponseValidators } from './validator-set.js';
