// Fuzzing the structure of the create bodies, not only their values: deep nesting of
// arrays and objects in every field and at the top, huge and tiny number tokens, very long
// strings and odd Unicode escapes in every field, a key twice in one object, prototype keys
// at every depth, text that is not JSON (structure-mutations.ts). Every answer conforms to
// the spec, is never a 5xx, never echoes a long input, and is what the text decides (400 for
// too deep, a repeated key or not JSON; 413 for too large), else what the parsed value
// decides: a documented 4xx when the schema refuses it, the rules' verdict when it accepts it.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMockServer } from '../../src/hosts/index.js';
import { createSpecValidators } from '../../src/spec/index.js';
import { CONTRACT_MOCK_MAX_BODY_BYTES } from '../support/body-limit.js';
import { MOCK_API_KEY, startContractMock } from '../support/contract-mock.js';
import { disagreement, judgeValidRequest } from '../support/fuzz/cross-field-rules.js';
import { type FuzzAnswer, sendFuzzed } from '../support/fuzz/fuzz-exchange.js';
import { resolveFuzzSettings } from '../support/fuzz/fuzz-settings.js';
import { arbitraryFromSchema, type SchemaCatalogue } from '../support/fuzz/schema-arbitrary.js';
import { type RawBody, STRUCTURE_FAMILIES, structureMutationArbitrary } from '../support/fuzz/structure-mutations.js';
import type { CreateOperation } from '../../src/contract/video-jobs.js';

const { seed, runs } = resolveFuzzSettings();
const validators = createSpecValidators();
const catalogue = validators.document.components.schemas as SchemaCatalogue;
const OPERATIONS: [CreateOperation, string][] = [
  ['generateVideo', 'GenerateVideoRequest'],
  ['extendVideo', 'ExtendVideoRequest'],
  ['editVideo', 'EditVideoRequest'],
];
const perOperation = Math.ceil(runs / 4 / OPERATIONS.length);
let mock: RunningMockServer;
const kinds = new Map<string, number>();

beforeAll(async () => {
  mock = await startContractMock();
});

afterAll(async () => {
  await mock?.close();
  console.log(`structure fuzz: seed ${seed}; ${[...kinds].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
});

/** Why the answer is wrong for this text, or undefined. */
function wrongAnswer(operationId: CreateOperation, body: RawBody, answer: FuzzAnswer): string | undefined {
  const documented = validators.statuses(operationId);
  if (Buffer.byteLength(body.raw) > CONTRACT_MOCK_MAX_BODY_BYTES)
    return answer.status === 413 ? undefined : `too large, answered ${answer.status}`;
  if (body.expected) {
    const { status, says } = body.expected;
    return answer.status === status && answer.message?.includes(says)
      ? undefined
      : `expected ${status} "${says}", got ${answer.status} ${answer.message}`;
  }
  let value: unknown;
  try {
    value = JSON.parse(body.raw);
  } catch {
    return answer.status === 400 ? undefined : `not JSON, answered ${answer.status}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || validators.validateRequestBody(operationId, value)) {
    return answer.status >= 400 && answer.status < 500 && documented.includes(answer.status)
      ? undefined
      : `schema-invalid, answered ${answer.status}`;
  }
  return disagreement(judgeValidRequest(operationId, value as Record<string, unknown>), answer.status, answer.message);
}

describe.each(OPERATIONS)('structure fuzzing %s', (operationId, schemaName) => {
  it(
    'answers every hostile text with a documented 4xx in the flat shape, or as the rules say',
    async () => {
      const valid = arbitraryFromSchema({ $ref: `#/components/schemas/${schemaName}` }, catalogue) as fc.Arbitrary<Record<string, unknown>>;
      const hostile = fc
        .tuple(valid, structureMutationArbitrary())
        .map(([body, mutation]) => ({ family: mutation.family, kind: mutation.kind, body: mutation.apply(body) }));
      await fc.assert(
        fc.asyncProperty(hostile, async ({ family, kind, body }) => {
          const answer = await sendFuzzed(mock.url, MOCK_API_KEY, validators, operationId, body);
          kinds.set(`${family}/${answer.status}`, (kinds.get(`${family}/${answer.status}`) ?? 0) + 1);
          expect(answer.problems, kind).toEqual([]);
          expect(wrongAnswer(operationId, body, answer), `${kind}: ${body.raw.slice(0, 300)}`).toBeUndefined();
        }),
        { seed, numRuns: perOperation, endOnFailure: true },
      );
    },
    Math.max(60_000, perOperation * 200),
  );
});

describe('after structure fuzzing', () => {
  it('every family was sent, nothing reached a prototype, and the mock still answers', async () => {
    for (const family of STRUCTURE_FAMILIES)
      expect(
        [...kinds.keys()].some((key) => key.startsWith(`${family}/`)),
        family,
      ).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await fetch(`${mock.url}/__mock/health`)).status).toBe(200);
  });
});
