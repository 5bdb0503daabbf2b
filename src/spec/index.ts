export { loadSpecDocument, specPath } from './spec-document.js';
export type { SpecDocument, OperationObject, ResponseObject } from './spec-document.js';
export { createSpecValidators } from './spec-validators.js';
export type { OperationId, ResponseProblem, SpecValidators } from './spec-validators.js';
