export { loadSpecDocument, specPath } from './spec-document.js';
export type { SpecDocument, OperationObject, ResponseObject } from './spec-document.js';
export { compileAll, createSpecValidators, loadPrecompiledValidators } from './spec-validators.js';
export type { OperationId, PrecompiledValidators, ResponseProblem, SpecValidators } from './spec-validators.js';
