/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): either delay-seconds or an HTTP date.
 * Returns the delay in milliseconds, or `undefined` when the header is absent or
 * unreadable (the caller then falls back to its own backoff). A date in the past means
 * "now" (0). Capping is the retry ladder's job, not this function's.
 *
 * Whether the live API sends the header is unconfirmed; the official TypeScript SDK
 * honours both forms, so we do too.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  // Stryker disable next-line ConditionalExpression,StringLiteral: an empty text fails both patterns below and gives undefined anyway
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only a date-shaped value: `Date.parse` would otherwise accept things like "5s" or "-1".
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
