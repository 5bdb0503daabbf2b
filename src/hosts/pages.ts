// GET pages outside the API: the playground at `/` (the typed client bundled for the
// browser), the API reference at `/docs` (Redoc, served from here: no CDN), and the
// contract itself at /openapi.yaml and /openapi.json. Assets load on first request, so
// the mock's cold start reads no bundle and imports no bundler.
import { readFile } from 'node:fs/promises';
import { DOCS_SCRIPT_PATH, SPEC_JSON_PATH, SPEC_YAML_PATH, docsPage } from '../docs/docs-page.js';
import { readRedocBundle } from '../docs/redoc-bundle.js';
import { playgroundAsset, type PlaygroundFile } from '../playground/server/playground-assets.js';
import { loadSpecDocument, specPath } from '../spec/index.js';
import { ApiError } from '../server/error-catalogue.js';
import type { Reply } from '../server/mock-request.js';

type Page = () => Promise<Reply>;

/** Pages change with the code and are cheap to send over loopback: never cached stale. */
function page(contentType: string, bytes: Uint8Array | string): Reply {
  return { status: 200, headers: { 'content-type': contentType, 'cache-control': 'no-cache' }, bytes };
}

function playground(file: PlaygroundFile): Page {
  return async () => {
    const asset = await playgroundAsset(file);
    return page(asset.contentType, asset.body);
  };
}

const PAGES: Record<string, Page> = {
  '/': playground('index.html'),
  '/playground.css': playground('playground.css'),
  '/playground.js': playground('playground.js'),
  '/playground.js.map': playground('playground.js.map'),
  '/docs': async () => page('text/html; charset=utf-8', docsPage()),
  [DOCS_SCRIPT_PATH]: async () => page('text/javascript; charset=utf-8', await readRedocBundle()),
  [SPEC_YAML_PATH]: async () => page('application/yaml; charset=utf-8', await readFile(specPath, 'utf8')),
  [SPEC_JSON_PATH]: async () => ({ status: 200, headers: { 'cache-control': 'no-cache' }, json: loadSpecDocument() }),
};

export async function pageRoute(path: string): Promise<Reply> {
  const route = Object.hasOwn(PAGES, path) ? PAGES[path] : PAGES[path.replace(/\/+$/, '')];
  if (!route) throw new ApiError('notFound', `No route for GET ${path.slice(0, 200)}.`);
  try {
    return await route();
  } catch (error) {
    // A missing build artefact (bundle, Redoc) is the operator's to fix: say which.
    throw new ApiError('internal', `GET ${path}: ${(error as Error).message}`);
  }
}
