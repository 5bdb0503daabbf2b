// Reads the mock's controls from the `Prefer` header (RFC 7240: `key=value` tokens,
// comma- or semicolon-separated) and from a `[mock: ...]` tag in the prompt, for clients
// that cannot set headers (the official SDKs, the tutorial's Python loop). Every key
// comes from the table in mock-controls.ts; an unknown key or value is an error, so a typo
// never silently falls back to the default outcome.
import { apiError, type ApiError } from './error-catalogue.js';
import { type MockControls, MockControlError, MOCK_CONTROLS_BY_KEY, STANDARD_PREFERENCES } from './mock-controls.js';

const PROMPT_TAG = /\[mock:([^\]]*)\]/i;

export function controlError(message: string): ApiError {
  return apiError('400 invalid-argument', 'mockControl', { detail: message });
}

function tokens(text: string): [key: string, value: string][] {
  const pairs: [string, string][] = [];
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
    pairs.push([key, value]);
  }
  return pairs;
}

/** How a poll treats a job's controls (`outcome=`, `timing=`, ...): refuse them, or check their values and pass over them. */
export type JobControlsOnPoll = 'refuse' | 'pass-over';

function applyTokens(controls: MockControls, text: string, on: 'create' | 'poll', jobControls: JobControlsOnPoll = 'refuse'): void {
  for (const [key, value] of tokens(text)) {
    const control = MOCK_CONTROLS_BY_KEY.get(key);
    if (!control) {
      if (STANDARD_PREFERENCES.includes(key)) continue;
      throw new MockControlError(`unknown key "${key}"`);
    }
    if (on === 'poll' && control.on === 'create') {
      // Still checked: a typo in metadata sent with every call is refused on every call.
      if (jobControls === 'pass-over') {
        control.apply({ dialect: {} }, value);
        continue;
      }
      throw new MockControlError(
        `${key} decides a job's fate when it is created: send it with the POST (a poll takes only code= and example=)`,
      );
    }
    control.apply(controls, value);
  }
}

function parse(text: string | undefined, prompt: unknown, on: 'create' | 'poll', jobControls?: JobControlsOnPoll): MockControls | ApiError {
  const controls: MockControls = { dialect: {} };
  try {
    const tag = typeof prompt === 'string' ? PROMPT_TAG.exec(prompt) : null;
    if (tag?.[1]) applyTokens(controls, tag[1], on);
    if (text) applyTokens(controls, text, on, jobControls); // the header wins over the prompt tag
  } catch (error) {
    if (error instanceof MockControlError) return controlError(error.message);
    throw error;
  }
  if (controls.errorCode !== undefined && controls.outcome !== undefined && controls.outcome !== 'failed') {
    return controlError(`error-code goes with outcome=failed (got outcome=${controls.outcome})`);
  }
  return controls;
}

/** The controls of a create request: its `Prefer` header and its prompt's tag. */
export function parseCreateControls(prefer: string | undefined, prompt: unknown): MockControls | ApiError {
  return parse(prefer, prompt, 'create');
}

/**
 * The controls a poll may carry: Prism's `code=` and `example=`. A job's controls are
 * refused (they were decided at the create), unless `jobControls` is 'pass-over': for
 * metadata a client sends with every call (the Python SDK's `Client(metadata=...)`), which
 * the create already applied.
 */
export function parsePollControls(prefer: string, jobControls: JobControlsOnPoll = 'refuse'): MockControls | ApiError {
  return parse(prefer, undefined, 'poll', jobControls);
}
