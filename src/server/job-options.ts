// The jobs' server-wide defaults: how long a job runs, how it ends, which older live
// dialect it speaks, how long it stays, and the secret its request id is signed with. A
// default the `Prefer` header can override is checked by the controls table's own row, so
// the option and the header accept the same words.
import type { OutcomeKind } from '../lifecycle/outcome.js';
import { DIALECTS, type JobErrorCode, type TimingMode } from '../lifecycle/vocabulary.js';
import type { Dialect } from '../lifecycle/job-ticket.js';
import { type MockControls, MockControlError, MOCK_CONTROLS_BY_KEY } from './mock-controls.js';
import { boolean, fail, numberIn, onlyKnown, text } from './option-checks.js';

export interface JobOptions {
  /** Default run time of jobs; a request's `Prefer: timing=...` overrides it. */
  timing?: TimingMode;
  /** When > 0, every job finishes on its Nth poll (deterministic, no wall clock). */
  polls?: number;
  /** Default outcome of every job (a request's `Prefer: outcome=...` overrides it). */
  outcome?: OutcomeKind;
  /** The failed jobs' `error.code`; alone, it makes `failed` the default outcome. */
  errorCode?: JobErrorCode;
  /** Job speed multiplier: 10 runs jobs ten times faster than realistic. */
  timeScale?: number;
  /** Seconds a finished job stays available before it becomes `expired`. */
  ttlSeconds?: number;
  /** Older live dialects for every job (a request's `Prefer: dialect=...` adds to them). */
  dialect?: Partial<Dialect>;
  /** Signs request ids; processes that share it give the same answers. */
  secret?: string;
}

export interface NormalisedJobOptions {
  readonly timing: TimingMode;
  readonly polls: number;
  readonly outcome: OutcomeKind;
  readonly errorCode: JobErrorCode;
  readonly timeScale: number;
  readonly ttlSeconds: number;
  readonly dialect: Readonly<Dialect>;
  readonly secret: string;
}

export const DEFAULT_SECRET = 'xai-video-mock';

/** A server-wide default is checked by the same table row that parses the `Prefer` token. */
function byControl(option: string, key: string, value: unknown): MockControls {
  const controls: MockControls = { dialect: {} };
  try {
    MOCK_CONTROLS_BY_KEY.get(key)!.apply(controls, String(value));
  } catch (error) {
    if (error instanceof MockControlError) fail(option, error.message);
    throw error;
  }
  return controls;
}

function dialectOf(value: JobOptions['dialect']): Dialect {
  const flags = Object.values(DIALECTS) as (keyof Dialect)[];
  const dialect: Dialect = { legacyPending200: false, finishedWithoutStatus: false, emptyPendingBody: false };
  if (value === undefined) return dialect;
  if (typeof value !== 'object' || value === null) fail('dialect', 'expected an object of dialect flags');
  onlyKnown(value, flags, 'dialect.');
  for (const flag of flags) if (value[flag] !== undefined) dialect[flag] = boolean(`dialect.${flag}`, value[flag]);
  return dialect;
}

function outcomeOf(options: JobOptions): { outcome: OutcomeKind; errorCode: JobErrorCode } {
  const outcome = options.outcome === undefined ? undefined : byControl('outcome', 'outcome', options.outcome).outcome;
  const errorCode = options.errorCode === undefined ? undefined : byControl('errorCode', 'error-code', options.errorCode).errorCode;
  if (errorCode !== undefined && outcome !== undefined && outcome !== 'failed') {
    fail('errorCode', `goes with outcome "failed" (got outcome "${outcome}")`);
  }
  return { outcome: outcome ?? (errorCode ? 'failed' : 'done'), errorCode: errorCode ?? 'internal_error' };
}

export function jobOptionsOf(o: JobOptions): NormalisedJobOptions {
  return {
    timing: o.timing === undefined ? 'realistic' : byControl('timing', 'timing', o.timing).timing!,
    polls: o.polls === undefined || o.polls === 0 ? 0 : byControl('polls', 'polls', o.polls).polls!,
    ...outcomeOf(o),
    timeScale: o.timeScale === undefined ? 1 : numberIn('timeScale', o.timeScale, 0.001, 1_000_000),
    ttlSeconds: o.ttlSeconds === undefined ? 24 * 60 * 60 : numberIn('ttlSeconds', o.ttlSeconds, 0, 10 * 365 * 86_400),
    dialect: dialectOf(o.dialect),
    secret: o.secret === undefined ? DEFAULT_SECRET : text('secret', o.secret),
  };
}
