// The conformance suite through the fourth host: every REST case (conformance-cases.ts)
// sent as xai_api.Video calls to the gRPC host of a real mock (grpc-cases.ts), on the same
// fake clock and options. Each answer must be what the REST host answered that step
// (expectations.json, reviewed by hand), carried over gRPC (grpc-exchange.ts asGrpc): the
// same message under the live service's status code, the same job in the proto's message.
// Every REST step is either sent over gRPC or named REST-only with the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASES, type Observation } from './conformance-cases.js';
import { GRPC_CASES, type GrpcCase } from './grpc-cases.js';
import { asGrpc, type Step, withGrpcMock } from './grpc-exchange.js';

const EXPECTATIONS: Record<string, Observation[]> = JSON.parse(readFileSync(new URL('./expectations.json', import.meta.url), 'utf8'));

function check(testCase: GrpcCase, steps: Step[]): void {
  const rest = EXPECTATIONS[testCase.name]!;
  const accounted = [...steps.map(([index]) => index), ...Object.keys(testCase.restOnly ?? {}).map(Number)].sort((a, b) => a - b);
  expect(accounted, 'every REST step sent over gRPC once, or named REST-only').toEqual(rest.map((_, index) => index));
  for (const [index, answer] of steps) {
    const expected = rest[index]!;
    if ('http' in answer) expect(answer.http, `step ${index} (HTTP host)`).toEqual(expected);
    else if (answer.codeOnly) expect(answer.code, `step ${index} (${answer.codeOnly})`).toBe(asGrpc(expected).code);
    else expect(answer, `step ${index}`).toEqual(asGrpc(expected));
  }
}

describe('the gRPC host', () => {
  it('has a counterpart, or a reason, for every REST conformance case', () => {
    expect(GRPC_CASES.map((c) => c.name).sort()).toEqual(CASES.map((c) => c.name).sort());
    for (const testCase of GRPC_CASES) expect(testCase.run === undefined, testCase.name).toBe(testCase.skip !== undefined);
  });

  for (const testCase of GRPC_CASES) {
    const reason = testCase.skip;
    it.skipIf(reason !== undefined)(`${testCase.name}${reason ? ` (skipped: ${reason})` : ''}`, async () => {
      const options = CASES.find((c) => c.name === testCase.name)?.options;
      check(testCase, await withGrpcMock(options, (x) => testCase.run!(x)));
    });
  }
});
