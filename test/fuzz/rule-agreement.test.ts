// The fuzzer can tell a rule set that forgot a rule: the per-model requests of
// capability-arbitrary.ts, judged by the independent oracle (cross-field-rules.ts), agree
// with the real rule function, and disagree with one that has a generation check taken
// out, for every check the capability table makes breakable (keyframes among them). The
// same property runs against the mock over HTTP in request-fuzz.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capabilityRows,
  checkCreateRequest,
  GENERATION_CHECKS,
  type GenerationChecks,
  type RuleName,
} from '../../src/capabilities/index.js';
import { ASPECT_RATIOS } from '../../src/lifecycle/index.js';
import { createSpecValidators } from '../../src/spec/index.js';
import { capabilityRequestArbitrary } from '../support/fuzz/capability-arbitrary.js';
import { disagreement, judgeValidRequest } from '../support/fuzz/cross-field-rules.js';
import { resolveFuzzSettings } from '../support/fuzz/fuzz-settings.js';

const { seed } = resolveFuzzSettings();
const validators = createSpecValidators();
const RUNS = 1_500;
type CheckName = keyof typeof GENERATION_CHECKS;

/** The rules each generation check decides (src/capabilities/generation-rules.ts, keyframe-rules.ts). */
const RULES_OF: Record<CheckName, RuleName[]> = {
  inputs: ['input', 'input-count'],
  imageCombinations: ['image-combination'],
  resolution: ['resolution'],
  aspectRatio: ['aspect-ratio'],
  duration: ['duration', 'reference-resolution'],
  keyframes: ['keyframe-time', 'keyframe-edge', 'keyframe-slot'],
};

const without = (name: CheckName): GenerationChecks =>
  Object.fromEntries(Object.entries(GENERATION_CHECKS).filter(([check]) => check !== name)) as GenerationChecks;

/** The property the fuzzer asserts, against a rule set in process: the oracle and the rule set agree. */
function agreement(checks: GenerationChecks) {
  return fc.property(capabilityRequestArbitrary('generateVideo'), (body) => {
    expect(validators.validateRequestBody('generateVideo', body), 'the generator made a schema-invalid body').toBeUndefined();
    const verdict = judgeValidRequest('generateVideo', body);
    const answer = checkCreateRequest('generateVideo', body, checks);
    const problem = disagreement(verdict, answer?.status ?? 200, answer?.message);
    if (problem) throw new Error(problem);
  });
}

/** The rules the generator breaks at all (a check whose rules it never breaks cannot be missed). */
function rulesBroken(): Set<RuleName> {
  const seen = new Set<RuleName>();
  for (const body of fc.sample(capabilityRequestArbitrary('generateVideo'), { numRuns: RUNS, seed })) {
    const verdict = judgeValidRequest('generateVideo', body);
    if (verdict.kind === 'reject') for (const rule of verdict.rules) seen.add(rule);
  }
  return seen;
}

describe('the fuzz oracle against rule sets', () => {
  it('agrees with the real rule function on every per-model request', () => {
    fc.assert(agreement(GENERATION_CHECKS), { seed, numRuns: RUNS });
  });

  it('breaks the keyframe rules among others, so a missing keyframe check has requests that show it', () => {
    const seen = rulesBroken();
    for (const rule of ['keyframe-time', 'keyframe-edge', 'keyframe-slot', 'input', 'image-combination', 'resolution'] as RuleName[]) {
      expect(seen.has(rule), rule).toBe(true);
    }
  });

  const seen = rulesBroken();
  const breakable = (Object.keys(RULES_OF) as CheckName[]).filter((name) => RULES_OF[name].some((rule) => seen.has(rule)));

  // What no schema-valid request can break with today's table (every model takes every
  // ratio the schema allows), read from the table itself: a row that narrows it makes the
  // check breakable, and then the generator must break it (capability-arbitrary.ts).
  const unbreakable = capabilityRows().every((row) => ASPECT_RATIOS.every((ratio) => row.aspect_ratios.includes(ratio)))
    ? ['aspectRatio']
    : [];

  it('finds every generation check the table makes breakable, keyframes included', () => {
    expect(breakable).toEqual((Object.keys(RULES_OF) as CheckName[]).filter((name) => !unbreakable.includes(name)));
    expect(breakable).toContain('keyframes');
  });

  it.each(breakable)('reports a disagreement when the %s check is taken out', (name) => {
    const result = fc.check(agreement(without(name)), { seed, numRuns: RUNS });
    expect(result.failed, `${name}: the fuzzer did not notice`).toBe(true);
    const message = String((result.errorInstance as Error | undefined)?.message ?? '');
    // The counterexample breaks one of that check's rules and was accepted.
    expect(message).toMatch(new RegExp(`breaks .*(${RULES_OF[name].join('|')}).*answered 200`));
  });
});
