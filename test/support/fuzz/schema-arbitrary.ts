// fast-check arbitraries derived from the spec's own schema objects (OpenAPI 3.0 Schema
// Object, the JSON Schema subset the spec uses): what the spec accepts is what gets
// generated, so a change of the spec changes the fuzzer with it. Strings are full
// Unicode (odd code points are valid in a prompt); bounds (OpenAPI 3.0's boolean
// exclusiveMinimum / exclusiveMaximum included), enums, patterns, required keys,
// additionalProperties, an object's anyOf of required sets (GenerateVideoRequest's modes)
// and its `not: {required}`s (fields that exclude each other, one `not` per pair in an
// allOf) are honoured.
import fc from 'fast-check';

export interface SchemaObject {
  $ref?: string;
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  minItems?: number;
  maxItems?: number;
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
  not?: SchemaObject;
  /** Every `not` of an allOf's parts (flatten keeps them all: one part's would hide another's). */
  nots?: SchemaObject[];
}

export type SchemaCatalogue = Record<string, unknown>;

/** Generated strings stay short; the declared maximum is generated now and then, whole. */
const TYPICAL_STRING = 48;
const TYPICAL_ARRAY = 4;

export function resolveRef(schema: SchemaObject, catalogue: SchemaCatalogue): SchemaObject {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = catalogue[name] as SchemaObject | undefined;
  if (!target) throw new Error(`fuzz: unresolved ${schema.$ref}`);
  return resolveRef(target, catalogue);
}

const notsOf = (schema: SchemaObject): SchemaObject[] => schema.nots ?? (schema.not ? [schema.not] : []);

/** allOf → one schema (the spec uses it to narrow a shared schema, e.g. Prompt + minLength). */
export function flatten(schema: SchemaObject, catalogue: SchemaCatalogue): SchemaObject {
  const resolved = resolveRef(schema, catalogue);
  if (!resolved.allOf) return resolved;
  const { allOf, ...own } = resolved;
  const parts = allOf.map((part) => flatten(part, catalogue));
  const merged = Object.assign({}, ...[...parts].reverse(), own) as SchemaObject;
  const nots = [...parts, own].flatMap(notsOf);
  return nots.length > 1 ? { ...merged, nots } : merged;
}

function stringArbitrary(schema: SchemaObject): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = schema.maxLength ?? 4096;
  if (schema.pattern) {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= minLength && s.length <= maxLength);
  }
  const typical = fc.string({ unit: 'binary', minLength, maxLength: Math.max(minLength, Math.min(maxLength, TYPICAL_STRING)) });
  if (maxLength <= TYPICAL_STRING) return typical;
  return fc.oneof({ weight: 19, arbitrary: typical }, { weight: 1, arbitrary: fc.constant('é'.repeat(maxLength)) });
}

function plainObjectArbitrary(schema: SchemaObject, catalogue: SchemaCatalogue): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) model[key] = arbitraryFromSchema(property, catalogue);
  return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}

/** An object schema narrowed by one anyOf branch: its required keys added, its property constraints merged in. */
function withBranch(schema: SchemaObject, branch: SchemaObject, catalogue: SchemaCatalogue): SchemaObject {
  const properties: Record<string, SchemaObject> = { ...schema.properties };
  for (const [key, extra] of Object.entries(branch.properties ?? {})) {
    const base = properties[key];
    if (base) properties[key] = { ...flatten(base, catalogue), ...extra };
  }
  return { ...schema, properties, required: [...new Set([...(schema.required ?? []), ...(branch.required ?? [])])] };
}

/** Drops keys until each `not: {required: [...]}` holds: a key the schema does not require, the last first. */
function withoutExcluded(schema: SchemaObject, body: Record<string, unknown>): Record<string, unknown> {
  let kept = body;
  for (const not of notsOf(schema)) {
    const excluded = not.required;
    if (!excluded?.every((key) => key in kept)) continue;
    const droppable = [...excluded].reverse().find((key) => !(schema.required ?? []).includes(key));
    if (droppable === undefined) continue;
    const { [droppable]: _dropped, ...rest } = kept;
    kept = rest;
  }
  return kept;
}

function objectArbitrary(schema: SchemaObject, catalogue: SchemaCatalogue): fc.Arbitrary<Record<string, unknown>> {
  const branches = schema.anyOf ?? [];
  const base =
    branches.length === 0
      ? plainObjectArbitrary(schema, catalogue)
      : fc.oneof(...branches.map((branch) => plainObjectArbitrary(withBranch(schema, branch, catalogue), catalogue)));
  return base.map((body) => withoutExcluded(schema, body));
}

function numberArbitrary(s: SchemaObject): fc.Arbitrary<number> {
  if (s.type === 'integer') {
    const min = s.minimum === undefined ? -(2 ** 31) : s.exclusiveMinimum ? Math.floor(s.minimum) + 1 : Math.ceil(s.minimum);
    const max = s.maximum === undefined ? 2 ** 31 : s.exclusiveMaximum ? Math.ceil(s.maximum) - 1 : Math.floor(s.maximum);
    return fc.integer({ min, max });
  }
  return fc.double({
    min: s.minimum ?? -1e9,
    max: s.maximum ?? 1e9,
    minExcluded: s.exclusiveMinimum === true,
    maxExcluded: s.exclusiveMaximum === true,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

/** Arbitraries of named schemas, built once per catalogue: a URL pattern's takes a third of a second to build. */
const built = new WeakMap<SchemaCatalogue, Map<string, fc.Arbitrary<unknown>>>();

export function arbitraryFromSchema(schema: SchemaObject, catalogue: SchemaCatalogue): fc.Arbitrary<unknown> {
  if (schema.$ref === undefined || Object.keys(schema).length > 1) return buildArbitrary(schema, catalogue);
  const named = built.get(catalogue) ?? new Map<string, fc.Arbitrary<unknown>>();
  built.set(catalogue, named);
  const arbitrary = named.get(schema.$ref) ?? buildArbitrary(schema, catalogue);
  named.set(schema.$ref, arbitrary);
  return arbitrary;
}

function buildArbitrary(schema: SchemaObject, catalogue: SchemaCatalogue): fc.Arbitrary<unknown> {
  const s = flatten(schema, catalogue);
  if (s.enum) return fc.constantFrom(...s.enum);
  // anyOf beside an object's properties narrows it (a mode); alone, it is a choice of shapes.
  if (s.type === 'object' && s.properties) return objectArbitrary(s, catalogue);
  const branches = s.oneOf ?? s.anyOf;
  if (branches) return fc.oneof(...branches.map((branch) => arbitraryFromSchema(branch, catalogue)));
  switch (s.type) {
    case 'string':
      return stringArbitrary(s);
    case 'integer':
    case 'number':
      return numberArbitrary(s);
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(arbitraryFromSchema(s.items ?? {}, catalogue), {
        minLength: s.minItems ?? 0,
        maxLength: s.maxItems ?? TYPICAL_ARRAY,
      });
    case 'object':
      return objectArbitrary(s, catalogue);
    default:
      // No type: anything JSON (the spec leaves a few response fields open; requests do not).
      return fc.jsonValue({ maxDepth: 2 });
  }
}
