// Ajv validators compiled from the spec's own schemas: the mock's request validation and
// the strict-mode / contract-test response validation use the same code. The built mock
// loads them precompiled (dist/spec/validators.js); from source they compile on first use.
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import type { CreateOperationId } from './model-capabilities.js';
import { loadSpecDocument, type OperationObject, type ResponseObject, type SpecDocument } from './spec-document.js';

export type OperationId = CreateOperationId | 'getVideo' | 'listVideoGenerationModels' | 'getVideoGenerationModel';

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

export type PrecompiledValidators = Record<string, ValidateFunction>;

const SPEC_ID = 'xai-video.yaml';
/** OpenAPI 3.0 keywords that are annotations, not assertions (draft-04 knows none of them). */
const ANNOTATIONS = ['example', 'xml', 'externalDocs', 'components', 'deprecated', 'readOnly', 'writeOnly'];

const requestKey = (id: string) => `req_${id}`;
const responseKey = (id: string, status: number | string) => `res_${id}_${status}`;

/**
 * An OpenAPI 3.0 Schema Object is JSON Schema draft-04 (Wright draft 00) with a few extra
 * keywords: its `exclusiveMinimum` / `exclusiveMaximum` are booleans beside `minimum` /
 * `maximum`, which draft-07 ajv rejects. ajv-draft-04 (the ajv project's own draft-04
 * dialect, the one swagger-parser validates with) reads them as the spec means them; ajv
 * core supports `nullable`. Schema ids are `id` in draft-04. `verbose` puts the failing
 * subschema on each error, so a message can use the spec's own words (an anyOf branch's
 * title, the fields of a `not`).
 */
function createAjv(document: SpecDocument, source = false): Ajv {
  // Required on demand: ajv costs start-up time when the validators come precompiled.
  const AjvDraft04 = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv-draft-04').default;
  const ajv = new AjvDraft04({
    verbose: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    validateSchema: false,
    code: { source, esm: true },
  });
  ajv.addVocabulary(ANNOTATIONS);
  ajv.addSchema({ id: SPEC_ID, components: { schemas: document.components.schemas } });
  return ajv as unknown as Ajv;
}

function refSchema(schema: unknown): object {
  const ref = (schema as { $ref?: string }).$ref;
  return ref ? { $ref: `${SPEC_ID}${ref}` } : (schema as object);
}

function resolveResponse(document: SpecDocument, response: ResponseObject | { $ref: string }): ResponseObject {
  if (!('$ref' in response)) return response;
  const resolved = document.components.responses[response.$ref.split('/').pop() ?? ''];
  if (!resolved) throw new Error(`spec: unresolved response ${response.$ref}`);
  return resolved;
}

function operationsOf(document: SpecDocument): Map<string, OperationObject> {
  const operations = new Map<string, OperationObject>();
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) operations.set(operation.operationId, operation);
  }
  return operations;
}

/** Every schema to validate, by key; `undefined` marks a documented status without a JSON body. */
function schemasOf(document: SpecDocument): Map<string, object | undefined> {
  const schemas = new Map<string, object | undefined>();
  for (const [id, operation] of operationsOf(document)) {
    const request = operation.requestBody?.content['application/json']?.schema;
    if (request) schemas.set(requestKey(id), refSchema(request));
    for (const [status, raw] of Object.entries(operation.responses)) {
      const schema = resolveResponse(document, raw).content?.['application/json']?.schema;
      schemas.set(responseKey(id, status), schema ? refSchema(schema) : undefined);
    }
  }
  return schemas;
}

/** ajv standalone ESM code exporting one validator per key (used by scripts/build-spec.mjs). */
export function compileAll(document: SpecDocument): { code: string; count: number } {
  const ajv = createAjv(document, true);
  const exports: Record<string, string> = {};
  for (const [key, schema] of schemasOf(document)) {
    if (!schema) continue;
    ajv.addSchema({ ...schema, id: key });
    exports[key] = key;
  }
  const { default: standaloneCode } = createRequire(import.meta.url)('ajv/dist/standalone') as {
    default: (ajv: Ajv, refs: Record<string, string>) => string;
  };
  return { code: asEsm(standaloneCode(ajv, exports)), count: Object.keys(exports).length };
}

/** ajv's ESM standalone output still `require`s its runtime helpers: turn those into imports. */
function asEsm(code: string): string {
  const imports: string[] = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => {
    const name = `__runtime${imports.length}`;
    imports.push(`import ${name} from ${JSON.stringify(specifier.endsWith('.js') ? specifier : `${specifier}.js`)};`);
    return name;
  });
  return `${imports.join('')}${body.replace(/^"use strict";/, '')}`;
}

export function createSpecValidators(document: SpecDocument = loadSpecDocument(), precompiled: PrecompiledValidators = {}): SpecValidators {
  const schemas = schemasOf(document);
  const compiled = new Map<string, ValidateFunction>(Object.entries(precompiled));
  let ajv: Ajv | undefined;
  const validator = (key: string): ValidateFunction | undefined => {
    const schema = schemas.get(key);
    if (!schema) return undefined;
    let validate = compiled.get(key);
    if (!validate) {
      ajv ??= createAjv(document);
      validate = ajv.compile(schema);
      compiled.set(key, validate);
    }
    return validate;
  };
  return {
    document,
    statuses: (id) => [...schemas.keys()].filter((k) => k.startsWith(`res_${id}_`)).map((k) => Number(k.slice(`res_${id}_`.length))),
    validateRequestBody(id, body) {
      const validate = validator(requestKey(id));
      if (!validate) throw new Error(`spec: no request body for ${id}`);
      return validate(body) ? undefined : (validate.errors ?? []);
    },
    validateResponse(id, status, body) {
      if (!schemas.has(responseKey(id, status))) return [{ where: 'status', message: `${status} is not a documented status of ${id}` }];
      const validate = validator(responseKey(id, status));
      // A 202 may come without a body (section 6 of the reference); absence is allowed.
      if (!validate || body === undefined || validate(body)) return [];
      return relevantErrors(validate.errors ?? []).map((e) => ({ where: `body${e.instancePath}`, message: e.message ?? e.keyword }));
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

/** The validators precompiled by the build, or undefined when running from source. */
export async function loadPrecompiledValidators(): Promise<PrecompiledValidators | undefined> {
  try {
    return (await import(new URL('./validators.js', import.meta.url).href)) as PrecompiledValidators;
  } catch {
    return undefined;
  }
}
