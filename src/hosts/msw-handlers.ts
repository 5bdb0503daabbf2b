// The MSW host: request handlers for msw's setupWorker (browser, Storybook) and
// setupServer (vitest, jest), one per route of the core's table, all answering through
// one fetch handler, so they share one mock state. `baseUrl` defaults to the live API's,
// so an app's real client code is intercepted unchanged.
import { type HttpHandler, http } from 'msw';
import { ADMIN_PREFIX, type MockOptions, ROUTE_TABLE } from '../server/index.js';
import { createMockFetchHandler } from './fetch-handler.js';

export interface VideoHandlersOptions extends MockOptions {
  /** Where the app sends its API requests; default https://api.x.ai. */
  baseUrl?: string;
}

export const DEFAULT_BASE_URL = 'https://api.x.ai';

/** A route template as an msw path: `{name}` segments become `:name`; a partial one, `*`. */
export function mswPath(template: string): string {
  return template
    .split('/')
    .map((segment) => (/^\{[a-z_]+\}$/.test(segment) ? `:${segment.slice(1, -1)}` : segment.includes('{') ? '*' : segment))
    .join('/');
}

function baseUrlOf(value: string | undefined): string {
  const base = value ?? DEFAULT_BASE_URL;
  if (!URL.canParse(base)) throw new TypeError(`createVideoHandlers: baseUrl must be an absolute URL, got ${JSON.stringify(base)}`);
  return base.replace(/\/+$/, '');
}

/**
 * Handlers for the API's operations (the models endpoint too), the video files and the
 * admin routes (a catch-all under /__mock answers unknown admin paths with the list of
 * known ones). Requests to other paths pass through to the app's own handlers.
 */
export function createVideoHandlers(options: VideoHandlersOptions = {}): HttpHandler[] {
  const { baseUrl, ...mockOptions } = options;
  const base = baseUrlOf(baseUrl);
  const handle = createMockFetchHandler(mockOptions);
  const resolver = ({ request }: { request: Request }) => handle(request);
  const paths = [...new Set([...ROUTE_TABLE.map((entry) => mswPath(entry.path)), `${ADMIN_PREFIX}/*`])];
  return paths.map((path) => http.all(`${base}${path}`, resolver));
}
