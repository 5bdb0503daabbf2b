// fast-check arbitraries derived from the spec's own schema objects (OpenAPI 3.0 Schema
// Object, the JSON Schema subset the spec uses): what the spec accepts is what gets
// generated, so a change of the spec changes the fuzzer with it. Strings are full
// Unicode (odd code points are valid in a prompt); bounds, enums, patterns, required
// keys and additionalProperties are honoured.
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
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  minItems?: number;
  maxItems?: number;
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
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

/** allOf → one schema (the spec uses it to narrow a shared schema, e.g. Prompt + minLength). */
export function flatten(schema: SchemaObject, catalogue: SchemaCatalogue): SchemaObject {
  const resolved = resolveRef(schema, catalogue);
  if (!resolved.allOf) return resolved;
  const { allOf, ...own } = resolved;
  return Object.assign({}, ...allOf.map((part) => flatten(part, catalogue)).reverse(), own) as SchemaObject;
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

function objectArbitrary(schema: SchemaObject, catalogue: SchemaCatalogue): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(properties)) model[key] = arbitraryFromSchema(property, catalogue);
  return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) }) as fc.Arbitrary<
    Record<string, unknown>
  >;
}

export function arbitraryFromSchema(schema: SchemaObject, catalogue: SchemaCatalogue): fc.Arbitrary<unknown> {
  const s = flatten(schema, catalogue);
  if (s.enum) return fc.constantFrom(...s.enum);
  const branches = s.oneOf ?? s.anyOf;
  if (branches) return fc.oneof(...branches.map((branch) => arbitraryFromSchema(branch, catalogue)));
  switch (s.type) {
    case 'string':
      return stringArbitrary(s);
    case 'integer':
      return fc.integer({ min: s.minimum ?? -(2 ** 31), max: s.maximum ?? 2 ** 31 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e9, max: s.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true });
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
