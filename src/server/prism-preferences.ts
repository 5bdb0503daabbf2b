// Prism's `Prefer` vocabulary (`prism mock`: `code=NNN`, `example=<name>`), so teams
// coming from it keep their habits. An example is one of the spec's named response
// examples; each maps to what the mock does with it. A test keeps these tables and the
// spec's examples in agreement both ways.
import type { Dialect } from '../lifecycle/job-ticket.js';
import type { OutcomeKind } from '../lifecycle/outcome.js';
import { DIALECTS, type DialectName, type JobErrorCode } from '../lifecycle/vocabulary.js';
import { ApiError, CATALOGUED_STATUSES, type ErrorKey, injectedEntry, injectedError } from './error-catalogue.js';
import type { MockControls } from './mock-controls.js';
import { controlError } from './parse-mock-controls.js';

export interface ExampleEffect {
  /** The job ends so (on a create), or the poll answers as if it had (on a poll). */
  outcome?: OutcomeKind;
  errorCode?: JobErrorCode;
  dialect?: DialectName;
  /** A poll answers pending. */
  pending?: true;
  /** The request answers this catalogue error instead. */
  error?: ErrorKey;
  /** The create's normal answer. */
  created?: true;
  /** Not something the mock can do; the message says what to use instead. */
  unsupported?: string;
}

const ERROR_EXAMPLES: Readonly<Record<string, ExampleEffect>> = {
  unauthenticated: { error: '401 unauthenticated' },
  permissionDenied: { error: '403 permission-denied' },
  notFound: { error: '404 not-found' },
  resourceExhausted: { error: '429 resource-exhausted' },
  internal: { error: '500 internal' },
  badGateway: { error: '502 unavailable' },
  unavailable: { error: '503 unavailable' },
  gatewayTimeout: { error: '504 deadline-exceeded' },
  overloaded: { error: '529 overloaded' },
};

/** The named examples of the create operations' responses (generateVideo, extendVideo, editVideo). */
export const CREATE_EXAMPLES: Readonly<Record<string, ExampleEffect>> = {
  created: { created: true },
  invalidArgument: { error: '400 invalid-argument' },
  legacyInvalidArgument: { unsupported: 'the mock answers a 400 in the current shape: use example=invalidArgument or code=400' },
  moderated: { error: '400 imagine:content-moderated' },
  payloadTooLarge: { error: '413 payload-too-large' },
  unsupportedMediaType: { error: '415 unsupported-media-type' },
  outOfRange: { error: '422 invalid-argument' },
  tutorialVideoId: { error: '422 invalid-argument' },
  ...ERROR_EXAMPLES,
};

/** The named examples of getVideo's responses. */
export const POLL_EXAMPLES: Readonly<Record<string, ExampleEffect>> = {
  pending: { pending: true },
  done: { outcome: 'done' },
  doneWithStorage: { unsupported: 'the mock does not store videos in Files (video.file_output): use example=done' },
  doneStorageFailed: { unsupported: 'the mock does not store videos in Files (video.storage_error): use example=done' },
  moderatedDone: { outcome: 'moderated-done' },
  failed: { outcome: 'failed', errorCode: 'internal_error' },
  failedZeroValues: { outcome: 'moderated-failed' },
  expired: { outcome: 'expired' },
  legacyPending: { pending: true, dialect: 'legacy-pending-200' },
  legacyFinished: { outcome: 'done', dialect: 'no-status' },
  moderated: { outcome: 'moderated-http' },
  wrongApiKey: { error: '400 invalid-argument' },
  legacyNotFound: { unsupported: 'the mock answers a 404 in the current shape: use example=notFound or code=404' },
  ...ERROR_EXAMPLES,
};

function exampleEffect(name: string, tables: Readonly<Record<string, ExampleEffect>>[]): ExampleEffect | ApiError {
  for (const table of tables) if (Object.hasOwn(table, name)) return table[name]!;
  const known = [...new Set(tables.flatMap((table) => Object.keys(table)))].join(', ');
  return controlError(`example "${name}" is not one of the spec's examples here (known: ${known})`);
}

function statusError(code: number, on: string, extra: number[]): ApiError | undefined {
  if ((CATALOGUED_STATUSES as readonly number[]).includes(code)) return injectedError(code, `requested with Prefer: code=${code}`);
  return controlError(`code=${code}: ${on} answers ${[...extra, ...CATALOGUED_STATUSES].join(', ')}`);
}

/** Applies `example=` to a create's controls; returns the error the create answers instead, if any. */
function applyCreateExample(controls: MockControls, name: string): ApiError | undefined {
  // A create may also name a poll example: "this job ends like `failed`".
  const effect = exampleEffect(name, [CREATE_EXAMPLES, POLL_EXAMPLES]);
  if (effect instanceof ApiError) return effect;
  if (effect.pending && !effect.dialect) {
    return controlError('example=pending: a job is pending until it finishes; keep it pending with timing=slow or polls=N');
  }
  if (effect.unsupported) return controlError(`example=${name}: ${effect.unsupported}`);
  if (effect.error) return injectedEntry(effect.error, `requested with Prefer: example=${name}`);
  if (effect.outcome && controls.outcome && controls.outcome !== effect.outcome) {
    return controlError(`example=${name} ends the job as ${effect.outcome}, but outcome=${controls.outcome} was sent too`);
  }
  if (effect.outcome) controls.outcome = effect.outcome;
  if (effect.errorCode) controls.errorCode ??= effect.errorCode;
  if (effect.dialect) controls.dialect[DIALECTS[effect.dialect]] = true;
  return undefined;
}

/** Prism's controls on a create: the error it answers instead (`code=503`), or undefined to go on. */
export function resolveCreatePrism(controls: MockControls): ApiError | undefined {
  if (controls.example !== undefined) {
    const answer = applyCreateExample(controls, controls.example);
    if (answer) return answer;
  }
  if (controls.code === undefined || controls.code === 200) return undefined;
  return statusError(controls.code, 'a create', [200]);
}

/** How a poll with Prism's controls answers, instead of what the job's clock says. */
export interface PollOverride {
  phase?: 'pending' | 'finished';
  outcome?: OutcomeKind;
  errorCode?: JobErrorCode;
  dialect?: Partial<Dialect>;
}

/** Prism's controls on a poll: an override of the answer, or the error the poll answers instead. */
export function resolvePollPrism(controls: MockControls): PollOverride | ApiError {
  const override: PollOverride = {};
  if (controls.example !== undefined) {
    const effect = exampleEffect(controls.example, [POLL_EXAMPLES]);
    if (effect instanceof ApiError) return effect;
    if (effect.unsupported) return controlError(`example=${controls.example}: ${effect.unsupported}`);
    if (effect.error) return injectedEntry(effect.error, `requested with Prefer: example=${controls.example}`);
    override.phase = effect.pending ? 'pending' : 'finished';
    if (effect.outcome) override.outcome = effect.outcome;
    if (effect.errorCode) override.errorCode = effect.errorCode;
    if (effect.dialect) override.dialect = { [DIALECTS[effect.dialect]]: true };
  }
  if (controls.code === undefined) return override;
  if (controls.code === 200 || controls.code === 202) return { ...override, phase: controls.code === 200 ? 'finished' : 'pending' };
  return statusError(controls.code, 'a poll', [200, 202]) ?? override;
}
