// The validator logic every host shares, over a set of compiled ajv functions (compiled
// from the YAML in Node, or precompiled by the build): portable, it imports only types.
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { CreateOperationId } from './model-capabilities.js';

export type OperationId = CreateOperationId | 'getVideo' | 'listVideoGenerationModels' | 'getVideoGenerationModel';

export interface ResponseProblem {
  /** Where the problem is, e.g. `status`, `body/video/duration`. */
  where: string;
  message: string;
}

export interface RequestValidators {
  /** Validates a request body; returns ajv errors (first ones first) or undefined. */
  validateRequestBody(operationId: OperationId, body: unknown): ErrorObject[] | undefined;
}

export interface ResponseValidators {
  /** Checks a response against the spec: documented status, JSON body schema. */
  validateResponse(operationId: OperationId, status: number, body: unknown): ResponseProblem[];
  /** The documented statuses of an operation. */
  statuses(operationId: OperationId): number[];
}

/** Finds the compiled validator for a key (`req_<operationId>`, `res_<operationId>_<status>`). */
export type ValidatorLookup = (key: string) => ValidateFunction | undefined;
/** operationId → documented statuses (with or without a JSON body). */
export type DocumentedStatuses = Readonly<Record<string, readonly number[]>>;

export const requestKey = (id: string) => `req_${id}`;
export const responseKey = (id: string, status: number | string) => `res_${id}_${status}`;

/** Request key → `schemaPath` → the subschema a verbose error would carry (spec-validators.ts). */
export type ErrorSubschemas = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * `subschemas`: for validators compiled without ajv's `verbose` (the precompiled ones), the
 * subschemas an error is answered in the words of, put back on the errors that quote them.
 */
export function requestValidatorsFrom(lookup: ValidatorLookup, subschemas?: ErrorSubschemas): RequestValidators {
  return {
    validateRequestBody(id, body) {
      const key = requestKey(id);
      const validate = lookup(key);
      if (!validate) throw new Error(`spec: no request body for ${id}`);
      if (validate(body)) return undefined;
      const errors = validate.errors ?? [];
      const quoted = subschemas?.[key];
      if (quoted) for (const error of errors) error.schema ??= quoted[error.schemaPath];
      return errors;
    },
  };
}

/**
 * When no anyOf/oneOf branch matched, ajv reports every branch's complaint (four "status
 * must be equal to one of the allowed values" beside the one real problem). The branch that
 * got furthest into the body is the one the server meant: report its deepest error.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  if (!errors.some((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) return errors;
  const branchErrors = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  const deepest = branchErrors.reduce<ErrorObject | undefined>(
    (a, b) => (!a || b.instancePath.length > a.instancePath.length ? b : a),
    undefined,
  );
  return deepest ? [deepest] : errors;
}

export function responseValidatorsFrom(lookup: ValidatorLookup, documented: DocumentedStatuses): ResponseValidators {
  return {
    statuses: (id) => [...(documented[id] ?? [])],
    validateResponse(id, status, body) {
      if (!documented[id]?.includes(status)) return [{ where: 'status', message: `${status} is not a documented status of ${id}` }];
      const validate = lookup(responseKey(id, status));
      // A 202 may come without a body (the spec's VideoPending); absence is allowed.
      if (!validate || body === undefined || validate(body)) return [];
      return relevantErrors(validate.errors ?? []).map((e) => ({ where: `body${e.instancePath}`, message: e.message ?? e.keyword }));
    },
  };
}
