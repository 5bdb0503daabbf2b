/**
 * What the client's operations share: the typed openapi-fetch client (which carries
 * the `Authorization` header) and the normalised settings.
 */
import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/xai-video.js';
import type { ClientSettings } from './client-options.js';

export type RawVideoClient = Client<paths>;

/** What an openapi-fetch call resolves to, with the body read as text (`parseAs: 'text'`). */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

export interface VideoClientContext {
  raw: RawVideoClient;
  settings: ClientSettings;
}
