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

function applyTokens(controls: MockControls, text: string, on: 'create' | 'poll'): void {
  for (const [key, value] of tokens(text)) {
    const control = MOCK_CONTROLS_BY_KEY.get(key);
    if (!control) {
      if (STANDARD_PREFERENCES.includes(key)) continue;
      throw new MockControlError(`unknown key "${key}"`);
    }
    if (on === 'poll' && control.on === 'create') {
      throw new MockControlError(
        `${key} decides a job's fate when it is created: send it with the POST (a poll takes only code= and example=)`,
      );
    }
    control.apply(controls, value);
  }
}

function parse(text: string | undefined, prompt: unknown, on: 'create' | 'poll'): MockControls | ApiError {
  const controls: MockControls = { dialect: {} };
  try {
    const tag = typeof prompt === 'string' ? PROMPT_TAG.exec(prompt) : null;
    if (tag?.[1]) applyTokens(controls, tag[1], on);
    if (text) applyTokens(controls, text, on); // the header wins over the prompt tag
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

/** The controls a poll may carry: Prism's `code=` and `example=`. */
export function parsePollControls(prefer: string): MockControls | ApiError {
  return parse(prefer, undefined, 'poll');
}
