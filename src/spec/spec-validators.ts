// Ajv validators compiled from the spec's own schemas: the mock's request validation and
// the strict-mode / contract-test response validation use the same code. The built mock
// loads them precompiled (dist/spec/validators.js); from source they compile on first use.
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import { loadSpecDocument, type OperationObject, type ResponseObject, type SpecDocument } from './spec-document.js';
import {
  type DocumentedStatuses,
  type ErrorSubschemas,
  type RequestValidators,
  type ResponseValidators,
  requestKey,
  requestValidatorsFrom,
  responseKey,
  responseValidatorsFrom,
} from './validator-set.js';

export type { OperationId, ResponseProblem } from './validator-set.js';

export interface SpecValidators extends RequestValidators, ResponseValidators {
  document: SpecDocument;
}

export type PrecompiledValidators = Record<string, ValidateFunction>;

const SPEC_ID = 'xai-video.yaml';
/** OpenAPI 3.0 keywords that are annotations, not assertions (draft-04 knows none of them). */
const ANNOTATIONS = ['example', 'xml', 'externalDocs', 'components', 'deprecated', 'readOnly', 'writeOnly'];

/**
 * An OpenAPI 3.0 Schema Object is JSON Schema draft-04 (Wright draft 00) with a few extra
 * keywords: its `exclusiveMinimum` / `exclusiveMaximum` are booleans beside `minimum` /
 * `maximum`, which draft-07 ajv rejects. ajv-draft-04 (the ajv project's own draft-04
 * dialect, the one swagger-parser validates with) reads them as the spec means them; ajv
 * core supports `nullable`. Schema ids are `id` in draft-04. `verbose` puts the failing
 * subschema on each error, so a message can use the spec's own words (an anyOf branch's
 * title, the fields of a `not`).
 */
function createAjv(document: SpecDocument, source = false, words = true): Ajv {
  // Required on demand: ajv costs start-up time when the validators come precompiled.
  const AjvDraft04 = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv-draft-04').default;
  // Precompiled code shares one function per referenced schema instead of inlining it into every validator.
  const ajv = new AjvDraft04({
    verbose: words,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    validateSchema: false,
    inlineRefs: !source,
    // ajv's English and the failing subschema per error: the precompiled request validators
    // go without (1.6 KB gzipped off the MSW entry, net). describe-schema-error words every
    // keyword they report from its params, and the few subschemas it quotes come from
    // errorSubschemas() instead.
    messages: words,
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

/** operationId → its documented statuses, read from the spec. */
export function documentedStatuses(document: SpecDocument): Record<string, number[]> {
  const documented: Record<string, number[]> = {};
  for (const [id, operation] of operationsOf(document)) documented[id] = Object.keys(operation.responses).map(Number);
  return documented;
}

/** Keywords that only annotate a schema: the precompiled code does not need them. */
const ANNOTATION_KEYWORDS = new Set(['description', 'title', 'example', 'examples', 'externalDocs', 'xml', 'deprecated']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'schemas']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMAS = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']);

/**
 * An anyOf branch keeps its own `title` and `description`: a request that matches no mode
 * is answered in those words (the verbose error carries the branches, or for the
 * precompiled validators the table of errorSubschemas), whichever host validates it.
 */
function branchWithWords(branch: unknown): unknown {
  const { title, description } = (branch ?? {}) as { title?: unknown; description?: unknown };
  return {
    ...(withoutAnnotations(branch) as object),
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
  };
}

/**
 * A copy of a schema without its annotations (descriptions run to kilobytes), so that the
 * standalone code a browser bundle carries is only what validates. Property *names* are
 * kept: only keyword positions are stripped.
 */
function withoutAnnotations(schema: unknown): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATION_KEYWORDS.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && typeof value === 'object' && value !== null) {
      copy[key] = Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, withoutAnnotations(inner)]));
    } else if (key === 'anyOf' && Array.isArray(value)) copy[key] = value.map(branchWithWords);
    else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) copy[key] = value.map(withoutAnnotations);
    else if (SUBSCHEMAS.has(key)) copy[key] = withoutAnnotations(value);
    else copy[key] = value;
  }
  return copy;
}

/** Where a subschema sits in its schema, as ajv's `schemaPath` says it (a JSON pointer). */
const pointer = (path: string, segment: string | number) => `${path}/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`;

/**
 * The subschemas a request error quotes (an `anyOf` of request modes, a `not` of fields that
 * must not come together), by request key and `schemaPath`, as a verbose ajv error carries
 * them: for the precompiled request validators, which are not verbose. Only the request
 * schema's own (a referenced schema's errors have paths of their own); a test holds the
 * count to the compiled code's.
 */
export function errorSubschemas(document: SpecDocument): ErrorSubschemas {
  const found: Record<string, Record<string, unknown>> = {};
  const walk = (quoted: Record<string, unknown>, schema: unknown, path: string): void => {
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return;
    for (const [name, value] of Object.entries(schema)) {
      const at = pointer(path, name);
      if (name === 'anyOf' && Array.isArray(value)) quoted[at] = value.map(branchWithWords);
      if (name === 'not') quoted[at] = withoutAnnotations(value);
      if (SCHEMA_MAPS.has(name) && typeof value === 'object' && value !== null) {
        for (const [inner, sub] of Object.entries(value)) walk(quoted, sub, pointer(at, inner));
      } else if (SCHEMA_LISTS.has(name) && Array.isArray(value)) {
        for (const [i, sub] of value.entries()) walk(quoted, sub, pointer(at, i));
      } else if (SUBSCHEMAS.has(name)) walk(quoted, value, at);
    }
  };
  for (const [key, schema] of schemasOf(document)) {
    if (!key.startsWith('req_') || !schema) continue;
    const ref = (schema as { $ref?: string }).$ref?.split('/').pop();
    const quoted: Record<string, unknown> = {};
    walk(quoted, ref ? document.components.schemas[ref] : schema, '#');
    if (Object.keys(quoted).length > 0) found[key] = quoted;
  }
  return found;
}

/**
 * ajv standalone ESM code exporting one validator per key (scripts/build-spec.mjs), for the
 * request bodies or for the JSON responses: a browser bundle takes the first only, and
 * loads the second on demand in strict mode.
 */
export function compileAll(document: SpecDocument, part: 'requests' | 'responses'): { code: string; count: number } {
  const schemas = Object.fromEntries(
    Object.entries(document.components.schemas).map(([name, schema]) => [name, withoutAnnotations(schema)]),
  );
  // The response validators keep ajv's words: strict mode quotes them (validator-set.ts).
  const ajv = createAjv({ ...document, components: { ...document.components, schemas } }, true, part === 'responses');
  const exports: Record<string, string> = {};
  for (const [key, schema] of schemasOf(document)) {
    if (!schema || key.startsWith('req_') !== (part === 'requests')) continue;
    ajv.addSchema({ ...(withoutAnnotations(schema) as object), id: key });
    exports[key] = key;
  }
  const { default: standaloneCode } = createRequire(import.meta.url)('ajv/dist/standalone') as {
    default: (ajv: Ajv, refs: Record<string, string>) => string;
  };
  return { code: asEsm(standaloneCode(ajv, exports)), count: Object.keys(exports).length };
}

/**
 * ajv's ESM standalone output still `require`s its runtime helpers (CommonJS modules whose
 * `exports.default` is the helper): turn those into imports. Loaders disagree on what a
 * default import of CommonJS is (Node and esbuild: `module.exports`; Vite: its
 * `exports.default`), so the helper is taken from the namespace either way.
 */
function asEsm(code: string): string {
  const imports: string[] = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => {
    const name = `__runtime${imports.length}`;
    const path = JSON.stringify(specifier.endsWith('.js') ? specifier : `${specifier}.js`);
    imports.push(
      `import * as ${name}_ns from ${path};const ${name} = { default: typeof ${name}_ns.default === "function" ? ${name}_ns.default : ${name}_ns.default.default };`,
    );
    return name;
  });
  return `${imports.join('')}${body.replace(/^"use strict";/, '')}`;
}

/** Validators compiled from the spec on first use (in Node; `precompiled` ones are used as they are). */
export function createSpecValidators(document: SpecDocument = loadSpecDocument(), precompiled: PrecompiledValidators = {}): SpecValidators {
  const schemas = schemasOf(document);
  const compiled = new Map<string, ValidateFunction>(Object.entries(precompiled));
  let ajv: Ajv | undefined;
  const lookup = (key: string): ValidateFunction | undefined => {
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
  const documented: DocumentedStatuses = documentedStatuses(document);
  return { document, ...requestValidatorsFrom(lookup), ...responseValidatorsFrom(lookup, documented) };
}
