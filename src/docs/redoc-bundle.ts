/**
 * Redoc's standalone browser bundle, served by the mock itself (no CDN: the docs work
 * offline). The build copies it next to this module (dist/docs/, with its licence); from
 * source it is read from node_modules. Read on first request only: it is about 1 MB.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const REDOC_BUNDLE = 'redoc.standalone.js';
/** Where the build puts the copy: next to this module in dist/docs/. */
const VENDORED = fileURLToPath(new URL(`./${REDOC_BUNDLE}`, import.meta.url));

export function locateRedocBundle(): string {
  if (existsSync(VENDORED)) return VENDORED;
  try {
    return createRequire(import.meta.url).resolve(`redoc/bundles/${REDOC_BUNDLE}`);
  } catch {
    throw new Error(`Redoc's ${REDOC_BUNDLE} is neither built into dist/docs/ nor installed: run \`make build\``);
  }
}

/**
 * The one outside request the bundle makes by itself: Redocly's logo under the side menu
 * (redoc 2.5). It becomes an inline image, so the page asks nothing of any other host.
 */
const REDOCLY_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const INLINE_LOGO = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";

let cached: Promise<string> | undefined;

export function readRedocBundle(): Promise<string> {
  cached ??= readFile(locateRedocBundle(), 'utf8').then((text) => text.replaceAll(REDOCLY_LOGO, INLINE_LOGO));
  cached.catch(() => (cached = undefined));
  return cached;
}
