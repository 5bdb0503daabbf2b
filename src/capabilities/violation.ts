// A broken rule, as data: the HTTP status the live API answers it with, the field to
// blame and a message that names the model and the rule. Status and message form come
// from the one list of rules (cross-field-rules.ts); the server turns a violation into
// its flat `{code, error}` body; tests and the fuzzer compare it with what they expected.
import { CROSS_FIELD_RULES, type RuleName, type RuleStatus, ruleMessage } from './cross-field-rules.js';

/** 400: a combination the model refuses; 404: an unknown model; 422: a field's own value. */
export type ViolationStatus = RuleStatus;

export interface Violation {
  status: ViolationStatus;
  /** The field at fault (`resolution`, `keyframes[1].timestamp_s`, ...), or `model`. */
  field: string;
  /** The rule's name in the list: `operation`, `input`, `image-combination`, ... */
  rule: RuleName;
  message: string;
}

export function violation(rule: RuleName, field: string, values: Readonly<Record<string, string | number>>): Violation {
  return { status: CROSS_FIELD_RULES[rule].status, field, rule, message: ruleMessage(rule, values) };
}
