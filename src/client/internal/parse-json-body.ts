/**
 * Parses a response body read as text. The client asks openapi-fetch for text rather
 * than JSON because the API answers a running job with a 202 whose body may be empty
 * (the spec's VideoPending), and a body that is not JSON must become a typed error, not a
 * stray `SyntaxError` that looks like a network failure.
 */
export type ParsedBody = { ok: true; value: unknown } | { ok: false; text: string };

export function parseJsonBody(text: string | undefined): ParsedBody {
  if (text === undefined || text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, text };
  }
}
