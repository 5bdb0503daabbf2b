// Property-based fuzzing of the three create operations against the mock. Valid requests
// come from the spec's request schemas and, per model, from the capability table
// (capability-arbitrary.ts); invalid ones are valid ones with one thing broken. Valid →
// 200, or the status and message form of one documented rule the request breaks (the
// oracle is cross-field-rules.ts); invalid → a documented 4xx in the flat {code, error}
// shape; never a 5xx, never an answer that violates the spec.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMockServer } from '../../src/hosts/index.js';
import { createSpecValidators } from '../../src/spec/index.js';
import { MOCK_API_KEY, startContractMock } from '../support/contract-mock.js';
import { capabilityRows } from '../../src/capabilities/index.js';
import { capabilityRequestArbitrary } from '../support/fuzz/capability-arbitrary.js';
import { disagreement, judgeValidRequest } from '../support/fuzz/cross-field-rules.js';
import { forModel, keepRules } from '../support/fuzz/keep-rules.js';
import { sendFuzzed } from '../support/fuzz/fuzz-exchange.js';
import { resolveFuzzSettings } from '../support/fuzz/fuzz-settings.js';
import { mutationArbitrary } from '../support/fuzz/request-mutations.js';
import { arbitraryFromSchema, type SchemaCatalogue, type SchemaObject } from '../support/fuzz/schema-arbitrary.js';
import type { CreateOperation } from '../../src/contract/video-jobs.js';

const { seed, runs } = resolveFuzzSettings();
const validators = createSpecValidators();
const catalogue = validators.document.components.schemas as SchemaCatalogue;
const REQUEST_SCHEMAS: [CreateOperation, string][] = [
  ['generateVideo', 'GenerateVideoRequest'],
  ['extendVideo', 'ExtendVideoRequest'],
  ['editVideo', 'EditVideoRequest'],
];
const perProperty = Math.ceil(runs / (REQUEST_SCHEMAS.length * 2));
const timeoutMs = Math.max(60_000, perProperty * 2 * 50);
let mock: RunningMockServer;
let sent = 0;
/** Failed properties stop early: the request count is only promised when none failed. */
let failedProperties = 0;
const verdicts = new Map<string, number>();

const count = (key: string) => verdicts.set(key, (verdicts.get(key) ?? 0) + 1);
const schemaRef = (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` });
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

async function assertCounted(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    failedProperties += 1;
    throw error;
  }
}

beforeAll(async () => {
  console.log(`fuzz: seed ${seed}, ${perProperty * REQUEST_SCHEMAS.length * 2} requests (replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs})`);
  mock = await startContractMock();
});

afterAll(async () => {
  await mock?.close();
  console.log(`fuzz: sent ${sent} requests; ${[...verdicts].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
});

describe.each(REQUEST_SCHEMAS)('fuzzing %s', (operationId, schemaName) => {
  it(
    'accepts valid requests, or refuses them for a documented rule they break',
    async () => {
      const derived = arbitraryFromSchema(schemaRef(schemaName), catalogue) as fc.Arbitrary<Record<string, unknown>>;
      // A quarter of the bodies as the schema makes them; a quarter moved onto one row of
      // the capability table and kept within its rules; half made from a row's rules (at
      // their edges, and with one rule broken just past its edge).
      const models = fc.constantFrom(...capabilityRows().map((row) => row.id));
      const valid = fc.oneof(
        derived,
        fc.oneof(
          derived.map((body) => keepRules(operationId, body)),
          fc.tuple(derived, models).map(([body, model]) => keepRules(operationId, forModel(body, model))),
        ),
        { weight: 2, arbitrary: capabilityRequestArbitrary(operationId) },
      );
      await assertCounted(() =>
        fc.assert(
          fc.asyncProperty(valid, async (body) => {
            expect(
              validators.validateRequestBody(operationId, roundTrip(body)),
              'the generator made a body the spec rejects',
            ).toBeUndefined();
            const verdict = judgeValidRequest(operationId, body);
            const answer = await sendFuzzed(mock.url, MOCK_API_KEY, validators, operationId, { json: body });
            sent += 1;
            count(`valid/${verdict.kind}/${answer.status}`);
            expect(answer.problems).toEqual([]);
            expect(disagreement(verdict, answer.status, answer.message)).toBeUndefined();
          }),
          { seed, numRuns: perProperty, endOnFailure: true },
        ),
      );
    },
    timeoutMs,
  );

  it(
    'answers invalid requests with a documented 4xx in the flat error shape',
    async () => {
      const valid = arbitraryFromSchema(schemaRef(schemaName), catalogue) as fc.Arbitrary<Record<string, unknown>>;
      const documented4xx = validators.statuses(operationId).filter((status) => status >= 400 && status < 500);
      const invalid = fc
        .tuple(valid, mutationArbitrary(schemaRef(schemaName), catalogue))
        .map(([body, mutation]) => ({ kind: mutation.kind, body: mutation.apply(body) }));
      await assertCounted(() =>
        fc.assert(
          fc.asyncProperty(invalid, async ({ kind, body }) => {
            fc.pre(validators.validateRequestBody(operationId, roundTrip(body)) !== undefined); // the mutation broke the schema
            const answer = await sendFuzzed(mock.url, MOCK_API_KEY, validators, operationId, { json: body });
            sent += 1;
            count(`invalid/${answer.status}`);
            expect(answer.problems, kind).toEqual([]);
            expect(documented4xx, `${kind}: got ${answer.status} ${JSON.stringify(answer.json)}`).toContain(answer.status);
          }),
          { seed, numRuns: perProperty, endOnFailure: true },
        ),
      );
    },
    timeoutMs,
  );
});

describe('after fuzzing', () => {
  it('sent the requests it promised, and left no prototype polluted', async () => {
    if (failedProperties === 0) expect(sent).toBeGreaterThanOrEqual(Math.min(runs, 2_000));
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const health = await fetch(`${mock.url}/__mock/health`);
    expect(health.status).toBe(200);
  });
});
