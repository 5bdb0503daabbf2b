// CORS for browser frontends: any origin, the headers the client and the mock controls
// use, and x-request-id / Retry-After exposed so browser code can read them.
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'x-request-id, retry-after, content-range, accept-ranges',
};

export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  'access-control-allow-methods': 'GET, POST, HEAD, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, prefer, range, x-request-id',
  'access-control-max-age': '600',
};
