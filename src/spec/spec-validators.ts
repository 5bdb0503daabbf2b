// Ajv validators compiled from the spec's own schemas: the mock's request validation and
// the strict-mode / contract-test response validation use the same compiled code.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { loadSpecDocument, type OperationObject, type ResponseObject, type SpecDocument } from './spec-document.js';

export type OperationId = 'generateVideo' | 'extendVideo' | 'editVideo' | 'getVideo';

export interface ResponseProblem {
  /** Where the problem is, e.g. `status`, `body/video/duration`. */
  where: string;
  message: string;
}

export interface SpecValidators {
  /** Validates a request body; returns ajv errors (first ones first) or undefined. */
  validateRequestBody(operationId: OperationId, body: unknown): ErrorObject[] | undefined;
  /** Checks a response against the spec: documented status, JSON body schema. */
  validateResponse(operationId: OperationId, status: number, body: unknown): ResponseProblem[];
  /** The documented statuses of an operation. */
  statuses(operationId: OperationId): number[];
  document: SpecDocument;
}

const SPEC_ID = 'xai-video.yaml';

/** OpenAPI 3.0 keywords that are annotations, not assertions. */
const ANNOTATIONS = ['example', 'xml', 'externalDocs', 'components'];

function createAjv(document: SpecDocument): Ajv {
  const ajv = new Ajv({ allErrors: false, strict: true, strictTypes: false, strictTuples: false, validateSchema: false });
  ajv.addVocabulary(ANNOTATIONS);
  ajv.addSchema({ $id: SPEC_ID, components: { schemas: document.components.schemas } });
  return ajv;
}

function compileRef(ajv: Ajv, schema: unknown): ValidateFunction {
  const ref = (schema as { $ref?: string }).$ref;
  return ajv.compile(ref ? { $ref: `${SPEC_ID}${ref}` } : { ...(schema as object), $id: undefined });
}

function resolveResponse(document: SpecDocument, response: ResponseObject | { $ref: string }): ResponseObject {
  if ('$ref' in response) {
    const name = response.$ref.split('/').pop() ?? '';
    const resolved = document.components.responses[name];
    if (!resolved) throw new Error(`spec: unresolved response ${response.$ref}`);
    return resolved;
  }
  return response;
}

function operationsOf(document: SpecDocument): Map<string, OperationObject> {
  const operations = new Map<string, OperationObject>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) operations.set(operation.operationId, operation);
  }
  return operations;
}

/** Compiles on first use: start-up stays fast and unused validators cost nothing. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

export function createSpecValidators(document: SpecDocument = loadSpecDocument()): SpecValidators {
  const ajv = lazy(() => createAjv(document));
  const requestValidators = new Map<string, () => ValidateFunction>();
  const responseValidators = new Map<string, Map<number, (() => ValidateFunction) | undefined>>();
  for (const [id, operation] of operationsOf(document)) {
    const requestSchema = operation.requestBody?.content['application/json']?.schema;
    if (requestSchema) requestValidators.set(id, lazy(() => compileRef(ajv(), requestSchema)));
    const byStatus = new Map<number, (() => ValidateFunction) | undefined>();
    for (const [status, raw] of Object.entries(operation.responses)) {
      const schema = resolveResponse(document, raw).content?.['application/json']?.schema;
      byStatus.set(Number(status), schema ? lazy(() => compileRef(ajv(), schema)) : undefined);
    }
    responseValidators.set(id, byStatus);
  }
  return {
    document,
    statuses: (id) => [...(responseValidators.get(id)?.keys() ?? [])],
    validateRequestBody(id, body) {
      const validate = requestValidators.get(id)?.();
      if (!validate) throw new Error(`spec: no request body for ${id}`);
      return validate(body) ? undefined : (validate.errors ?? []);
    },
    validateResponse(id, status, body) {
      const byStatus = responseValidators.get(id);
      if (!byStatus?.has(status)) return [{ where: 'status', message: `${status} is not a documented status of ${id}` }];
      const validate = byStatus.get(status)?.();
      // A 202 may come without a body (section 6 of the reference); absence is allowed.
      if (!validate || body === undefined) return [];
      if (validate(body)) return [];
      return (validate.errors ?? []).map((e) => ({ where: `body${e.instancePath}`, message: e.message ?? e.keyword }));
    },
  };
}
