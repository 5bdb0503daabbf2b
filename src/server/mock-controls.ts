// The mock's controls, once: every key of the `Prefer` header (RFC 7240) and of the
// `[mock: ...]` prompt tag, with its values, what it does and, where it has one, its
// server-wide flag. The parser, the option check, the CLI, `--help`, the docs page and
// their tests all read this table. Only leaf vocabulary is imported, so the options
// module may use it too.
import type { Dialect } from '../lifecycle/job-ticket.js';
import {
  INJECTABLE_STATUSES,
  isJobErrorCode,
  isOutcomeKind,
  OUTCOMES,
  type OutcomeKind,
  type PollErrorStatus,
} from '../lifecycle/outcome.js';
import { DIALECTS, JOB_ERROR_CODES, type JobErrorCode, MAX_POLLS, TIMING_MODES, type TimingMode } from '../lifecycle/vocabulary.js';

export interface MockControls {
  outcome?: OutcomeKind;
  errorCode?: JobErrorCode;
  timing?: TimingMode;
  polls?: number;
  createStatus?: number;
  pollStatus?: Exclude<PollErrorStatus, 0>;
  dialect: Partial<Dialect>;
  /** Length assumed for a source video whose length the mock cannot know (file_id, foreign URL). */
  inputDuration?: number;
  /** Size assumed for a first-frame image the mock cannot read (https URL, file_id). */
  inputAspectRatio?: { width: number; height: number };
  /** Prism's `code=NNN`: the status this request answers. */
  code?: number;
  /** Prism's `example=<name>`: a named example of the spec. */
  example?: string;
}

/** A control's value was refused; the message says what the control takes. */
export class MockControlError extends Error {
  override readonly name = 'MockControlError';
}

/** The server-wide option (and CLI flag of the same name) that sets a control's default. */
export type ServerDefault = 'outcome' | 'error-code' | 'timing' | 'polls' | 'dialect';

export interface MockControl {
  key: string;
  /** The accepted values, for people: a list, or a range of integers. */
  values: readonly (string | number)[] | { min: number; max: number };
  /** One value the control accepts (the tests send each one); none for a control that only refuses. */
  sample?: string;
  /** What it does, in one or two sentences; `code` in backticks. */
  effect: string;
  /** Where the control is read: on the create (a job's fate) or on the request that carries it. */
  on: 'create' | 'any';
  /** Set for controls that also have a server-wide default (`--timing`, option `timing`). */
  serverDefault?: ServerDefault;
  /** From Prism's vocabulary (`prism mock`), so teams coming from it keep their habits. */
  prism?: true;
  apply(controls: MockControls, value: string): void;
}

function fail(message: string): never {
  throw new MockControlError(message);
}

function integerIn(key: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    fail(`${key} must be an integer from ${min} to ${max} (got "${value}")`);
  }
  return n;
}

function oneOf<T extends string>(key: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) fail(`${key} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function injectableStatus(key: string, value: string): Exclude<PollErrorStatus, 0> {
  const n = Number(value);
  if (!(INJECTABLE_STATUSES as readonly number[]).includes(n))
    fail(`${key} must be one of ${INJECTABLE_STATUSES.join(', ')} (got "${value}")`);
  return n as Exclude<PollErrorStatus, 0>;
}

const DIALECT_NAMES = Object.keys(DIALECTS) as (keyof typeof DIALECTS)[];

export const MOCK_CONTROLS: readonly MockControl[] = [
  {
    key: 'outcome',
    values: OUTCOMES,
    sample: 'failed',
    effect: 'How the job ends (the outcomes table). Default: `done`.',
    on: 'create',
    serverDefault: 'outcome',
    apply: (controls, value) => {
      if (!isOutcomeKind(value)) fail(`unknown outcome "${value}" (known: ${OUTCOMES.join(', ')})`);
      controls.outcome = value;
    },
  },
  {
    key: 'error-code',
    values: JOB_ERROR_CODES,
    sample: 'internal_error',
    effect: "The failed job's `error.code`. Alone, it implies `outcome=failed`; with another outcome it is an error.",
    on: 'create',
    serverDefault: 'error-code',
    apply: (controls, value) => {
      if (!isJobErrorCode(value)) fail(`unknown error-code "${value}" (known: ${JOB_ERROR_CODES.join(', ')})`);
      controls.errorCode = value;
    },
  },
  {
    key: 'timing',
    values: TIMING_MODES,
    sample: 'instant',
    effect: 'Run time of the job: `instant` finishes on the first poll; `realistic` takes seconds; `slow` ten times longer.',
    on: 'create',
    serverDefault: 'timing',
    apply: (controls, value) => {
      controls.timing = oneOf('timing', value, TIMING_MODES);
    },
  },
  {
    key: 'polls',
    values: { min: 1, max: MAX_POLLS },
    sample: '3',
    effect: 'The job finishes on its Nth poll, whatever the clock says (deterministic tests).',
    on: 'create',
    serverDefault: 'polls',
    apply: (controls, value) => {
      controls.polls = integerIn('polls', value, 1, MAX_POLLS);
    },
  },
  {
    key: 'create-status',
    values: INJECTABLE_STATUSES,
    sample: '503',
    effect:
      "The create request (or a models GET) itself fails with this status, in the API's error shape (429, 503 and 529 carry `Retry-After`).",
    on: 'create',
    apply: (controls, value) => {
      controls.createStatus = injectableStatus('create-status', value);
    },
  },
  {
    key: 'poll-status',
    values: INJECTABLE_STATUSES,
    sample: '503',
    effect: 'Every poll of this job answers this status instead.',
    on: 'create',
    apply: (controls, value) => {
      controls.pollStatus = injectableStatus('poll-status', value);
    },
  },
  {
    key: 'dialect',
    values: DIALECT_NAMES,
    sample: 'legacy-pending-200+empty-202',
    effect: 'Older live behaviour; combine with `+`: pending as 200, finished bodies without `status`, 202 without a body.',
    on: 'create',
    serverDefault: 'dialect',
    apply: (controls, value) => {
      for (const name of value.split('+')) controls.dialect[DIALECTS[oneOf('dialect', name, DIALECT_NAMES)]] = true;
    },
  },
  {
    key: 'input-duration',
    values: { min: 1, max: 30 },
    sample: '5',
    effect: 'Length in seconds assumed for a source video the mock cannot measure (a `file_id` or a foreign URL).',
    on: 'create',
    apply: (controls, value) => {
      controls.inputDuration = integerIn('input-duration', value, 1, 30);
    },
  },
  {
    key: 'input-aspect-ratio',
    values: ['W:H'],
    sample: '4032:3024',
    effect:
      "Size assumed for a first-frame image the mock cannot read (an https URL or a `file_id`; otherwise 16:9), e.g. `4032:3024`. The output takes the model's nearest ratio; a `data:` image is read from its header.",
    on: 'create',
    apply: (controls, value) => {
      const [width, height, extra] = value.split(':');
      if (extra !== undefined || width === undefined || height === undefined) fail(`input-aspect-ratio must be W:H (got "${value}")`);
      controls.inputAspectRatio = {
        width: integerIn('input-aspect-ratio', width, 1, 100_000),
        height: integerIn('input-aspect-ratio', height, 1, 100_000),
      };
    },
  },
  {
    key: 'code',
    values: { min: 200, max: 599 },
    sample: '503',
    effect:
      "Prism's: on a create, the create answers this status; on a poll, the poll does (`200` finished, `202` pending, an error status in the API's shape).",
    on: 'any',
    prism: true,
    apply: (controls, value) => {
      controls.code = integerIn('code', value, 200, 599);
    },
  },
  {
    key: 'example',
    values: ['done', 'failed', 'expired', 'moderatedDone', 'pending', '…'],
    sample: 'failed',
    effect:
      "Prism's: a named example of the spec's responses, e.g. `done`, `failed`, `expired`, `moderatedDone`: on a create it becomes the job's outcome, on a poll the answer.",
    on: 'any',
    prism: true,
    apply: (controls, value) => {
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(value)) fail(`example must name one of the spec's examples (got "${value}")`);
      controls.example = value;
    },
  },
  {
    key: 'dynamic',
    values: [],
    effect:
      "Prism's `dynamic=true` invents bodies from the schema; the mock's bodies follow the job instead, so it is refused with what to use.",
    on: 'any',
    prism: true,
    apply: () =>
      fail(
        "dynamic is Prism's (bodies made up from the schema); the mock's bodies follow the job: pick one with outcome=..., code=NNN or example=<name>",
      ),
  },
];

/** The table by key. */
export const MOCK_CONTROLS_BY_KEY: ReadonlyMap<string, MockControl> = new Map(MOCK_CONTROLS.map((control) => [control.key, control]));

/** Standard RFC 7240 preferences a real client may send: accepted and ignored. */
export const STANDARD_PREFERENCES: readonly string[] = ['respond-async', 'return', 'wait', 'handling'];
