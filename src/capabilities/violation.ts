// A broken rule, as data: the HTTP status the live API answers it with, the field to
// blame and a message that names the model and the rule. The server turns it into its
// flat `{code, error}` body; tests and the fuzzer compare it with what they expected.

/** 400: a combination the model refuses; 404: an unknown model; 422: a field's own value. */
export type ViolationStatus = 400 | 404 | 422;

export interface Violation {
  status: ViolationStatus;
  /** The field at fault (`resolution`, `keyframes[1].timestamp_s`, ...), or `model`. */
  field: string;
  /** A stable name of the rule, for tests: `operation`, `input`, `image-combination`, ... */
  rule: string;
  message: string;
}

export function violation(status: ViolationStatus, field: string, rule: string, message: string): Violation {
  return { status, field, rule, message };
}
