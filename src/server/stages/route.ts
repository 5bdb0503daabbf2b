// Route stage: method + path → a named route. The API routes are the spec's four
// operations; everything the mock adds lives under the reserved prefix /__mock (plus
// the docs and playground pages at / and /docs).
import type { OperationId } from '../../spec/index.js';

export type Route =
  | { kind: 'api'; operationId: Exclude<OperationId, 'getVideo'> }
  | { kind: 'api'; operationId: 'getVideo'; requestId: string }
  | { kind: 'video'; requestId: string }
  | { kind: 'admin'; action: string }
  | { kind: 'page'; page: string }
  | { kind: 'not-found' }
  | { kind: 'method-not-allowed'; allow: string };

export const ADMIN_PREFIX = '/__mock';
export const VIDEO_PREFIX = `${ADMIN_PREFIX}/videos/`;

const CREATE_OPERATIONS: Record<string, Exclude<OperationId, 'getVideo'>> = {
  '/v1/videos/generations': 'generateVideo',
  '/v1/videos/extensions': 'extendVideo',
  '/v1/videos/edits': 'editVideo',
};
const STATUS_PREFIX = '/v1/videos/';
const VIDEO_FILE = /^xai-video-([^/]+)\.mp4$/;

/** A malformed escape is kept as typed: it then matches no job (404), never throws. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function apiRoute(method: string, path: string): Route | undefined {
  const create = CREATE_OPERATIONS[path];
  if (create) return method === 'POST' ? { kind: 'api', operationId: create } : { kind: 'method-not-allowed', allow: 'POST, OPTIONS' };
  if (!path.startsWith(STATUS_PREFIX)) return undefined;
  const requestId = safeDecode(path.slice(STATUS_PREFIX.length));
  if (requestId === '' || requestId.includes('/')) return undefined;
  return method === 'GET' ? { kind: 'api', operationId: 'getVideo', requestId } : { kind: 'method-not-allowed', allow: 'GET, OPTIONS' };
}

function mockRoute(method: string, path: string): Route | undefined {
  if (path.startsWith(VIDEO_PREFIX)) {
    const match = VIDEO_FILE.exec(path.slice(VIDEO_PREFIX.length));
    if (!match?.[1]) return { kind: 'not-found' };
    return method === 'GET' || method === 'HEAD'
      ? { kind: 'video', requestId: match[1] }
      : { kind: 'method-not-allowed', allow: 'GET, HEAD' };
  }
  if (path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`)) {
    return { kind: 'admin', action: `${method} ${path.slice(ADMIN_PREFIX.length) || '/'}` };
  }
  return undefined;
}

export function matchRoute(method: string, path: string): Route {
  const route = apiRoute(method, path) ?? mockRoute(method, path);
  if (route) return route;
  if (method === 'GET' || method === 'HEAD') return { kind: 'page', page: path };
  return { kind: 'not-found' };
}

/** The path without query string; malformed percent-escapes count as a plain path. */
export function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const q = raw.indexOf('?');
  return q < 0 ? raw : raw.slice(0, q);
}
