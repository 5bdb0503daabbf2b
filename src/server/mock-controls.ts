// Per-request mock controls, in the spirit of Prism's `Prefer: code=...`: the `Prefer`
// header (RFC 7240 syntax), or a `[mock: ...]` tag in the prompt for clients that cannot
// set headers (the official SDKs, the tutorial's Python loop). Unknown keys are errors,
// so a typo never silently falls back to the default outcome.
import {
  isJobErrorCode,
  isOutcomeKind,
  isPollErrorStatus,
  type Dialect,
  type JobErrorCode,
  type OutcomeKind,
  type PollErrorStatus,
  type TimingMode,
} from '../lifecycle/index.js';
import { ApiError, INJECTABLE_STATUSES } from './error-catalogue.js';

export interface MockControls {
  outcome?: OutcomeKind;
  errorCode?: JobErrorCode;
  timing?: TimingMode;
  polls?: number;
  createStatus?: number;
  pollStatus?: PollErrorStatus;
  dialect: Partial<Dialect>;
  /** Length assumed for a source video whose length the mock cannot know (file_id, foreign URL). */
  inputDuration?: number;
}

/** Standard RFC 7240 preferences a real client may send: accepted and ignored. */
const STANDARD_PREFERENCES = new Set(['respond-async', 'return', 'wait', 'handling']);
const TIMINGS = new Set(['instant', 'realistic', 'slow']);
const DIALECTS: Record<string, keyof Dialect> = {
  'legacy-pending-200': 'legacyPending200',
  'no-status': 'finishedWithoutStatus',
  'empty-202': 'emptyPendingBody',
};
const PROMPT_TAG = /\[mock:([^\]]*)\]/i;

function fail(message: string): never {
  throw new ApiError('mockControl', `mock control: ${message}. See GET /docs#mock-controls.`);
}

function integerIn(key: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) fail(`${key} must be an integer from ${min} to ${max} (got "${value}")`);
  return n;
}

function statusOf(key: string, value: string): number {
  const n = Number(value);
  if (!INJECTABLE_STATUSES.includes(n)) fail(`${key} must be one of ${INJECTABLE_STATUSES.join(', ')} (got "${value}")`);
  return n;
}

function apply(controls: MockControls, key: string, value: string): void {
  switch (key) {
    case 'outcome':
      if (!isOutcomeKind(value)) fail(`unknown outcome "${value}"`);
      controls.outcome = value;
      return;
    case 'error-code':
      if (!isJobErrorCode(value)) fail(`unknown error-code "${value}"`);
      controls.errorCode = value;
      return;
    case 'timing':
      if (!TIMINGS.has(value)) fail(`timing must be instant, realistic or slow (got "${value}")`);
      controls.timing = value as TimingMode;
      return;
    case 'polls':
      controls.polls = integerIn(key, value, 1, 63);
      return;
    case 'create-status':
      controls.createStatus = statusOf(key, value);
      return;
    case 'poll-status': {
      const status = statusOf(key, value);
      if (isPollErrorStatus(status)) controls.pollStatus = status;
      return;
    }
    case 'dialect':
      for (const name of value.split('+')) {
        const flag = DIALECTS[name];
        if (!flag) fail(`unknown dialect "${name}" (known: ${Object.keys(DIALECTS).join(', ')})`);
        controls.dialect[flag] = true;
      }
      return;
    case 'input-duration':
      controls.inputDuration = integerIn(key, value, 1, 30);
      return;
    default:
      if (!STANDARD_PREFERENCES.has(key)) fail(`unknown key "${key}"`);
  }
}

function applyTokens(controls: MockControls, text: string): void {
  for (const token of text.split(/[,;]/)) {
    const trimmed = token.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    const key = (eq < 0 ? trimmed : trimmed.slice(0, eq)).trim().toLowerCase();
    const value =
      eq < 0
        ? ''
        : trimmed
            .slice(eq + 1)
            .trim()
            .replace(/^"(.*)"$/, '$1');
    apply(controls, key, value);
  }
}

export function parseMockControls(prefer: string | undefined, prompt: unknown): MockControls {
  const controls: MockControls = { dialect: {} };
  const tag = typeof prompt === 'string' ? PROMPT_TAG.exec(prompt) : null;
  if (tag?.[1]) applyTokens(controls, tag[1]);
  if (prefer) applyTokens(controls, prefer); // the header wins over the prompt tag
  return controls;
}
