/**
 * Driving the mock from a frontend: the client takes an injected `fetch`, so a wrapper
 * can add the mock's `Prefer` header (`outcome=failed, error-code=internal_error`,
 * `timing=instant`, ...) to the create requests without the client knowing about mocks.
 * Against the live API, pass no wrapper (or an empty Prefer): nothing else changes.
 */
import type { FetchLike } from '../client/index.js';

/** The mock reads its controls on the create POST only; polls stay untouched. */
export function withMockControls(prefer: () => string, inner: FetchLike = (request) => fetch(request)): FetchLike {
  return (request) => {
    const value = prefer();
    if (value === '' || request.method !== 'POST') return inner(request);
    // A copy rather than mutating the caller's Request: its headers may be shared.
    const headers = new Headers(request.headers);
    headers.set('prefer', value);
    return inner(new Request(request, { headers }));
  };
}

/** The playground's mock-control fields, as the form holds them. */
export interface MockControlChoice {
  /** `done`, `failed`, `moderated-*`, `expired`, or `http-<status>` (an error on the POST). */
  outcome: string;
  /** The failed job's `error.code` (used with `outcome=failed`). */
  errorCode: string;
  /** `instant`, `realistic`, `slow`, or '' for the server's default. */
  timing: string;
}

/** Form choice → `Prefer` header value (RFC 7240 tokens, comma-separated); '' when none. */
export function preferHeader(choice: MockControlChoice): string {
  const tokens: string[] = [];
  const status = /^http-(\d{3})$/.exec(choice.outcome)?.[1];
  if (status) tokens.push(`create-status=${status}`);
  else if (choice.outcome !== '' && choice.outcome !== 'done') tokens.push(`outcome=${choice.outcome}`);
  if (choice.outcome === 'failed' && choice.errorCode !== '') tokens.push(`error-code=${choice.errorCode}`);
  if (choice.timing !== '') tokens.push(`timing=${choice.timing}`);
  return tokens.join(', ');
}
