// The capability table decides, and the rule function and the mock agree with it: every
// generated case against checkCreateRequest, and the same requests over HTTP against the
// mock (strict mode: every answer is also checked against the spec).
import { describe, expect, it } from 'vitest';
import { capabilityRows, checkCreateRequest, OPERATION_PATHS, ruleMessagePattern } from '../../src/capabilities/index.js';
import { createSpecValidators } from '../../src/spec/index.js';
import { post, useMock } from '../server/mock-kit.js';
import { capabilityCases } from './capability-cases.js';

const cases = capabilityCases();
const validators = createSpecValidators();
const mock = useMock({ timing: 'instant' });

describe('the capability table, case by case', () => {
  it('generates cases for every model, and both verdicts', () => {
    for (const row of capabilityRows()) expect(cases.filter((c) => c.body.model === row.id).length).toBeGreaterThan(25);
    expect(cases.some((c) => c.expected === undefined)).toBe(true);
    expect(cases.some((c) => c.expected !== undefined)).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('rule function: %s', (_name, c) => {
    expect(validators.validateRequestBody(c.operationId, c.body), 'the case must be schema-valid').toBeUndefined();
    const verdict = checkCreateRequest(c.operationId, c.body);
    if (c.expected === undefined) expect(verdict).toBeUndefined();
    else expect(verdict).toMatchObject({ status: c.expected.status, rule: c.expected.rule });
    // A refusal names the model, in the documented form of its rule (the spec's "Request rules"),
    // but for input-count, which speaks the live API's words, and they do not.
    if (verdict) expect(verdict.message).toMatch(ruleMessagePattern(verdict.rule));
    if (verdict?.status === 400 && verdict.rule !== 'input-count') expect(verdict.message).toContain(String(c.body.model));
  });

  it.each(cases.map((c) => [c.name, c] as const))('mock over HTTP: %s', async (_name, c) => {
    const answer = await post(mock.url(), OPERATION_PATHS[c.operationId], c.body, { prefer: 'timing=instant' });
    expect(answer.status, answer.text).toBe(c.expected?.status ?? 200);
    if (c.expected)
      expect(answer.body).toEqual({ code: 'invalid-argument', error: expect.stringMatching(ruleMessagePattern(c.expected.rule)) });
  });
});
