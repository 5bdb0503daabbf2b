// Invalid requests made from valid ones: each mutation breaks exactly one thing the
// spec's schema says (type, range, enum, required, additionalProperties, length), with
// the odd inputs fuzzers are for: huge strings, odd Unicode, prototype keys.
import fc from 'fast-check';
import { flatten, type SchemaCatalogue, type SchemaObject } from './schema-arbitrary.js';

type Body = Record<string, unknown>;

export interface Mutation {
  kind: string;
  /** Applies the mutation to a copy; the original is left alone. */
  apply(body: Body): unknown;
}

/** Keys that must never reach a prototype: sent as own JSON keys, rejected as unknown fields. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

const ODD_UNICODE = ['\u0000', '\u200b', '\u202e', '\ufeff', '\ud800', '\udfff', '\u0301', '🎬', '\uffff'];

function copy(body: Body): Body {
  return JSON.parse(JSON.stringify(body)) as Body;
}

/** Sets an own, enumerable key, even `__proto__` (an assignment would set the prototype). */
export function setOwn(target: Body, key: string, value: unknown): Body {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

function wrongTypeValue(schema: SchemaObject): fc.Arbitrary<unknown> {
  switch (schema.type) {
    case 'string':
      return fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant(['text']));
    case 'integer':
      return fc.oneof(fc.constant('8'), fc.double({ min: 1.01, max: 1.99, noNaN: true }), fc.constant(null), fc.constant(true));
    case 'number':
      return fc.oneof(fc.constant('1.5'), fc.constant(null), fc.constant({}));
    case 'array':
      return fc.oneof(fc.constant({}), fc.constant('[]'), fc.integer());
    default:
      // objects and oneOf-of-objects (image, video): a bare string or number is never one
      return fc.oneof(fc.constant('https://example.com/a.jpg'), fc.integer(), fc.constant([]), fc.constant(null));
  }
}

function outOfRangeValue(schema: SchemaObject): fc.Arbitrary<unknown> | undefined {
  if (schema.enum) {
    const base = String(schema.enum[0]);
    return fc.oneof(
      fc.constantFrom(...ODD_UNICODE).map((odd) => `${base}${odd}`),
      fc.constant(base.toUpperCase() === base ? `${base.toLowerCase()}x` : base.toUpperCase()),
      fc.constant(` ${base}`),
    );
  }
  if (schema.type === 'integer' && (schema.maximum !== undefined || schema.minimum !== undefined)) {
    const options: fc.Arbitrary<number>[] = [];
    if (schema.maximum !== undefined) options.push(fc.integer({ min: schema.maximum + 1, max: schema.maximum + 10_000 }));
    if (schema.minimum !== undefined) options.push(fc.integer({ min: schema.minimum - 10_000, max: schema.minimum - 1 }));
    return fc.oneof(...options);
  }
  if (schema.type === 'string' && schema.maxLength !== undefined) {
    // Huge strings: just over the limit, or far over it (odd code points included).
    const over = schema.maxLength + 1;
    return fc.oneof(
      fc.constant('x'.repeat(over)),
      fc.constantFrom(...ODD_UNICODE).map((odd) => odd.repeat(Math.min(over * 4, 120_000))),
    );
  }
  if (schema.type === 'string' && schema.minLength !== undefined && schema.minLength > 0) return fc.constant('');
  return undefined;
}

function propertyMutations(schema: SchemaObject, catalogue: SchemaCatalogue): fc.Arbitrary<Mutation>[] {
  const mutations: fc.Arbitrary<Mutation>[] = [];
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    const property = flatten(raw, catalogue);
    mutations.push(
      wrongTypeValue(property).map((value) => ({ kind: `wrong type: ${key}`, apply: (b: Body) => ({ ...copy(b), [key]: value }) })),
    );
    const outOfRange = outOfRangeValue(property);
    if (outOfRange)
      mutations.push(outOfRange.map((value) => ({ kind: `out of range: ${key}`, apply: (b: Body) => ({ ...copy(b), [key]: value }) })));
  }
  return mutations;
}

function structuralMutations(schema: SchemaObject): fc.Arbitrary<Mutation>[] {
  const known = new Set(Object.keys(schema.properties ?? {}));
  const extraKey = fc
    .oneof(
      fc.constantFrom(...PROTOTYPE_KEYS, 'video_id', 'seed', 'n', 'Prompt'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
      fc.constantFrom(...ODD_UNICODE).map((odd) => `prompt${odd}`),
    )
    .filter((key) => !known.has(key));
  const mutations: fc.Arbitrary<Mutation>[] = [
    fc
      .tuple(extraKey, fc.jsonValue({ maxDepth: 2 }))
      .map(([key, value]) => ({ kind: `extra field: ${JSON.stringify(key)}`, apply: (b: Body) => setOwn(copy(b), key, value) })),
    fc.constantFrom<unknown>([], 'a prompt', 42, null, true).map((value) => ({ kind: 'body is not an object', apply: () => value })),
  ];
  for (const key of schema.required ?? []) {
    mutations.push(
      fc.constant({
        kind: `missing required: ${key}`,
        apply: (b: Body) => {
          const c = copy(b);
          delete c[key];
          return c;
        },
      }),
    );
  }
  return mutations;
}

/** A nested object with additionalProperties false (image, video) given an unknown key. */
function nestedExtraField(): fc.Arbitrary<Mutation> {
  return fc.constantFrom(...PROTOTYPE_KEYS, 'video_id', 'duration').map((key) => ({
    kind: `nested extra field: ${key}`,
    apply: (b: Body) => {
      const c = copy(b);
      const nested = ['video', 'image', 'storage_options', 'output'].find((k) => typeof c[k] === 'object' && c[k] !== null);
      if (!nested) return setOwn(c, key, { url: 'https://example.com/a.mp4' });
      setOwn(c[nested] as Body, key, 'x');
      return c;
    },
  }));
}

/** Every mutation the request schema allows, as one arbitrary. */
export function mutationArbitrary(requestSchema: SchemaObject, catalogue: SchemaCatalogue): fc.Arbitrary<Mutation> {
  const schema = flatten(requestSchema, catalogue);
  return fc.oneof(...propertyMutations(schema, catalogue), ...structuralMutations(schema), nestedExtraField());
}
