// Auth like the live API: no or malformed bearer → 401; a well-formed key that is not
// accepted → 400 invalid-argument (how the live API answers a wrong key). The key is
// never logged, echoed or stored beyond this check and the rate limiter.
import type { IncomingMessage } from 'node:http';
import { ApiError } from '../error-catalogue.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Returns the request's API key, or throws the live API's answer. */
export function checkAuth(req: IncomingMessage, acceptedKeys: ReadonlySet<string>): string {
  const header = req.headers.authorization;
  const key = header ? BEARER.exec(header)?.[1] : undefined;
  if (!key) throw new ApiError('unauthenticated', 'Missing or malformed Authorization header: expected "Bearer <api key>".');
  if (acceptedKeys.size > 0 && !acceptedKeys.has(key)) {
    throw new ApiError('wrongApiKey', 'Incorrect API key provided. You can obtain an API key from the xAI console.');
  }
  return key;
}
