/**
 * The playground's settings from its own URL, so a test or a demo can tune it without
 * touching the form: `/?poll=500&key=my-key&base=http://127.0.0.1:4010`.
 */

export interface PageOptions {
  /** Bearer key for the API; the mock accepts any key unless started with `--api-key`. */
  apiKey: string;
  /** Where the API lives; by default the page's own origin, i.e. the mock that served it. */
  baseUrl: string;
  /**
   * Interval between polls. The official SDKs poll every 5 s; against the mock 1 s makes
   * the progress bar move in a pleasant way (the mock does not rate-limit polls by default).
   */
  pollIntervalMs: number;
}

export const DEFAULT_PLAYGROUND_KEY = 'mock-key';
const DEFAULT_POLL_MS = 1_000;
/** Faster than this would hammer the server for nothing; the client refuses 0 anyway. */
const MIN_POLL_MS = 50;

export function readPageOptions(search: string, origin: string): PageOptions {
  const query = new URLSearchParams(search);
  const poll = Number(query.get('poll'));
  return {
    apiKey: query.get('key') || DEFAULT_PLAYGROUND_KEY,
    baseUrl: query.get('base') || origin,
    pollIntervalMs: Number.isFinite(poll) && poll >= MIN_POLL_MS ? poll : DEFAULT_POLL_MS,
  };
}
