// The contract's promise to a schema-driven tester: a request its schema accepts (here
// generated from the spec's request schemas with fast-check) is accepted by the mock, or
// refused for a rule of the spec's "Request rules" list, with that rule's status and a
// message of that rule's form. Nothing else: no 422 for a field the schema allowed, no
// refusal the list does not name.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CROSS_FIELD_RULES, type RuleName, rulesMatching } from '../../src/capabilities/index.js';
import type { RunningMockServer } from '../../src/hosts/index.js';
import { createSpecValidators } from '../../src/spec/index.js';
import { MOCK_API_KEY, startContractMock } from '../support/contract-mock.js';
import { sendFuzzed } from '../support/fuzz/fuzz-exchange.js';
import { resolveFuzzSettings } from '../support/fuzz/fuzz-settings.js';
import { arbitraryFromSchema, type SchemaCatalogue } from '../support/fuzz/schema-arbitrary.js';
import type { CreateOperation } from '../../src/contract/video-jobs.js';

const { seed, runs } = resolveFuzzSettings();
const validators = createSpecValidators();
const catalogue = validators.document.components.schemas as SchemaCatalogue;
const OPERATIONS: [CreateOperation, string][] = [
  ['generateVideo', 'GenerateVideoRequest'],
  ['extendVideo', 'ExtendVideoRequest'],
  ['editVideo', 'EditVideoRequest'],
];
const perOperation = Math.ceil(runs / 6 / OPERATIONS.length);
const outcomes = new Map<string, number>();
let mock: RunningMockServer;

beforeAll(async () => {
  console.log(`schema-valid requests: seed ${seed}, ${perOperation} per operation (replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs})`);
  mock = await startContractMock();
});

afterAll(async () => {
  await mock?.close();
  console.log(`schema-valid requests: ${[...outcomes].map(([k, n]) => `${k}: ${n}`).join(', ')}`);
});

describe.each(OPERATIONS)('%s: schema-valid requests', (operationId, schemaName) => {
  it(
    'are accepted, or refused only for a documented rule whose message has its form',
    async () => {
      const requests = arbitraryFromSchema({ $ref: `#/components/schemas/${schemaName}` }, catalogue) as fc.Arbitrary<
        Record<string, unknown>
      >;
      await fc.assert(
        fc.asyncProperty(requests, async (body) => {
          // A `[mock: ...]` tag is the mock's own control channel, not the contract's.
          fc.pre(!(typeof body.prompt === 'string' && /\[mock:/i.test(body.prompt)));
          expect(validators.validateRequestBody(operationId, JSON.parse(JSON.stringify(body)))).toBeUndefined();
          const answer = await sendFuzzed(mock.url, MOCK_API_KEY, validators, operationId, { json: body });
          expect(answer.problems).toEqual([]);
          if (answer.status === 200) {
            outcomes.set(`${operationId}/accepted`, (outcomes.get(`${operationId}/accepted`) ?? 0) + 1);
            return;
          }
          const named = rulesMatching(answer.status, answer.message ?? '').filter((rule: RuleName) =>
            CROSS_FIELD_RULES[rule].operations.includes(operationId),
          );
          expect(named, `${answer.status} "${answer.message}" is no documented rule of ${operationId}`).not.toEqual([]);
          for (const rule of named) outcomes.set(`${operationId}/${rule}`, (outcomes.get(`${operationId}/${rule}`) ?? 0) + 1);
        }),
        { seed, numRuns: perOperation, endOnFailure: true },
      );
      // Neither outcome may be empty: a mock that refused (or accepted) everything would pass otherwise.
      expect(outcomes.get(`${operationId}/accepted`) ?? 0, 'some schema-valid requests are accepted').toBeGreaterThan(0);
      const refused = [...outcomes].filter(([key]) => key.startsWith(`${operationId}/`) && !key.endsWith('/accepted'));
      expect(refused.length, 'some schema-valid requests break a documented rule').toBeGreaterThan(0);
    },
    Math.max(60_000, perOperation * 100),
  );
});
