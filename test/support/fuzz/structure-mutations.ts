// Hostile structure, sent as raw JSON text (JSON.stringify cannot write a duplicate key or
// `NaN`, and would itself overflow on 20,000 levels): deep nesting of arrays and objects
// in every field and at the top, huge and tiny number tokens, very long strings and odd
// Unicode escapes in every field, a key twice in one object, prototype keys at every
// depth, tokens that are not JSON. Where the answer follows from the text alone (too deep,
// a repeated key, not JSON), the mutation says what it must be; otherwise the test parses
// the text and judges the value (schema, then the rules).
import fc from 'fast-check';

type Body = Record<string, unknown>;

export interface RawBody {
  raw: string;
  /** The answer the text itself decides (status and a phrase of the message); else judged on the parsed value. */
  expected?: { status: number; says: string };
}

export const STRUCTURE_FAMILIES = [
  'deep nesting',
  'number token',
  'not JSON',
  'long string',
  'odd escapes',
  'duplicate key',
  'prototype key',
] as const;

export interface StructureMutation {
  family: (typeof STRUCTURE_FAMILIES)[number];
  kind: string;
  apply(body: Body): RawBody;
}

/** As the mock refuses it (src/server/internal/json-structure.ts, MAX_JSON_DEPTH): deeper than 100 levels. */
export const MAX_DEPTH = 100;
const SLOT = '__fuzz_slot_9c41__';
const TOO_DEEP = { status: 400, says: 'nests deeper than' };
const NOT_JSON = { status: 400, says: 'not valid JSON' };

/** Every place in the body a value sits, with the number of containers around it ('' is the body itself). */
function placesOf(value: unknown, path: (string | number)[] = [], depth = 0): { path: (string | number)[]; depth: number }[] {
  const places = [{ path, depth }];
  if (value === null || typeof value !== 'object') return places;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  for (const [key, child] of entries) places.push(...placesOf(child, [...path, key], depth + 1));
  return places;
}

/** The body's JSON text with `fragment` (raw JSON) at the `pick`-th place. */
function spliced(body: Body, pick: number, fragment: (depth: number, original: unknown) => string): { raw: string; depth: number } {
  const places = placesOf(body);
  const { path, depth } = places[pick % places.length] as { path: (string | number)[]; depth: number };
  if (path.length === 0) return { raw: fragment(0, body), depth: 0 };
  const copy = JSON.parse(JSON.stringify(body)) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  const original = node[last];
  node[last] = SLOT;
  return { raw: JSON.stringify(copy).replace(JSON.stringify(SLOT), () => fragment(depth, original)), depth };
}

const nested = (kind: 'array' | 'object', levels: number) =>
  kind === 'array' ? `${'['.repeat(levels)}${']'.repeat(levels)}` : `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

const NUMBER_TOKENS = [
  '1e400',
  '-1e400',
  '1e-400',
  '5e-324',
  '-0',
  '1.7976931348623157e308',
  '9007199254740993',
  '0.1e1',
  '1E2',
  '4.000000000000001',
];
const NOT_JSON_TOKENS = ['NaN', 'Infinity', '-Infinity', 'undefined', "'single'", '0x10', '01', '.5', '+1'];
const ODD_ESCAPES = ['\\ud800', '\\udfff', '\\u0000', '\\u202e', '\\ufeff', '\\u0301', '\\ud83c\\udfac', '\\uffff', '\\u2028'];
const PROTOTYPE_FRAGMENTS = ['{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"__proto__":null}'];

export function structureMutationArbitrary(): fc.Arbitrary<StructureMutation> {
  const pick = fc.nat();
  return fc.oneof(
    fc
      .tuple(pick, fc.constantFrom<'array' | 'object'>('array', 'object'), fc.constantFrom(2, 60, 99, 101, 3_000, 20_000))
      .map(([at, kind, levels]) => ({
        family: 'deep nesting' as const,
        kind: `nested ${kind}s, ${levels} levels`,
        apply: (b: Body) => {
          const { raw, depth } = spliced(b, at, () => nested(kind, levels));
          return { raw, expected: depth + levels > MAX_DEPTH ? TOO_DEEP : undefined };
        },
      })),
    fc.tuple(pick, fc.constantFrom(...NUMBER_TOKENS)).map(([at, token]) => ({
      family: 'number token' as const,
      kind: `number token ${token}`,
      apply: (b: Body) => ({ raw: spliced(b, at, () => token).raw }),
    })),
    fc.tuple(pick, fc.constantFrom(...NOT_JSON_TOKENS)).map(([at, token]) => ({
      family: 'not JSON' as const,
      kind: `not JSON: ${token}`,
      apply: (b: Body) => ({ raw: spliced(b, at, () => token).raw, expected: NOT_JSON }),
    })),
    fc.tuple(pick, fc.integer({ min: 20_000, max: 200_000 }), fc.constantFrom('x', 'é', '🎬', '\u202e')).map(([at, length, unit]) => ({
      family: 'long string' as const,
      kind: `a string of ${length} code units`,
      apply: (b: Body) => ({ raw: spliced(b, at, () => JSON.stringify(unit.repeat(Math.ceil(length / unit.length)))).raw }),
    })),
    fc.tuple(pick, fc.array(fc.constantFrom(...ODD_ESCAPES), { minLength: 1, maxLength: 4 }), fc.boolean()).map(([at, escapes, keep]) => ({
      family: 'odd escapes' as const,
      kind: `odd escapes ${escapes.join('')}`,
      apply: (b: Body) => ({
        raw: spliced(
          b,
          at,
          (_depth, original) => `"${keep && typeof original === 'string' ? JSON.stringify(original).slice(1, -1) : ''}${escapes.join('')}"`,
        ).raw,
      }),
    })),
    fc.tuple(pick, fc.boolean()).map(([at, same]) => ({
      family: 'duplicate key' as const,
      kind: `a key twice (${same ? 'same' : 'another'} value)`,
      apply: (b: Body) => {
        const { raw } = spliced(b, at, (_depth, original) => {
          const object = original !== null && typeof original === 'object' && !Array.isArray(original) ? (original as Body) : undefined;
          const [key, value] = Object.entries(object ?? {})[0] ?? [];
          if (key === undefined) return JSON.stringify(original);
          return `{${JSON.stringify(key)}:${JSON.stringify(same ? value : 'other')},${JSON.stringify(object).slice(1)}`;
        });
        return { raw, expected: hasDuplicate(b, at) ? { status: 400, says: 'twice in one object' } : undefined };
      },
    })),
    fc.tuple(pick, fc.constantFrom(...PROTOTYPE_FRAGMENTS)).map(([at, fragment]) => ({
      family: 'prototype key' as const,
      kind: `prototype key ${fragment}`,
      apply: (b: Body) => ({ raw: spliced(b, at, () => fragment).raw }),
    })),
    fc.constantFrom('\ufeff', ' // a comment', ',', '\u0000').map((extra) => ({
      family: 'not JSON' as const,
      kind: `not JSON: ${JSON.stringify(extra)} around the body`,
      apply: (b: Body) => ({
        raw: extra === '\ufeff' ? `${extra}${JSON.stringify(b)}` : `${JSON.stringify(b)}${extra}`,
        expected: NOT_JSON,
      }),
    })),
  );
}

/** Whether the `pick`-th place of the body holds an object with a key (so that duplicating its first key makes a duplicate). */
function hasDuplicate(body: Body, pick: number): boolean {
  const places = placesOf(body);
  const { path } = places[pick % places.length] as { path: (string | number)[] };
  let node: unknown = body;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length > 0;
}
