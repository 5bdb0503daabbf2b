// The pages the Node host serves beside the API: the playground at `/` (the typed client
// bundled for the browser), the API reference at `/docs` (Redoc, served from here: no
// CDN), and the contract itself at /openapi.yaml and /openapi.json. Node-only (files on
// disk), so the core never imports it: the host hands it to the core as its PageSource.
// Assets load on first request, so the mock's cold start reads no bundle and imports no
// bundler.
import { readFile } from 'node:fs/promises';
import { DOCS_SCRIPT_PATH, DOCS_SPEC_PATH, docsPage, SPEC_JSON_PATH, SPEC_YAML_PATH } from '../../docs/docs-page.js';
import { docsSpec } from '../../docs/docs-spec.js';
import { readRedocBundle } from '../../docs/redoc-bundle.js';
import { type PlaygroundFile, playgroundAsset } from '../../playground/server/playground-assets.js';
import { type ApiError, apiError, type MockReply, type PageSource } from '../../server/index.js';
import { loadSpecDocument, specPath } from '../../spec/index.js';
import { USAGE } from '../flags/parse-cli.js';

type Page = () => Promise<MockReply>;

/** Pages change with the code and are cheap to send over loopback: never cached stale. */
function page(contentType: string, bytes: Uint8Array | string): MockReply {
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
  [DOCS_SPEC_PATH]: async () => ({ status: 200, headers: { 'cache-control': 'no-cache' }, json: docsSpec(loadSpecDocument(), USAGE) }),
  [DOCS_SCRIPT_PATH]: async () => page('text/javascript; charset=utf-8', await readRedocBundle()),
  [SPEC_YAML_PATH]: async () => page('application/yaml; charset=utf-8', await readFile(specPath, 'utf8')),
  [SPEC_JSON_PATH]: async () => ({ status: 200, headers: { 'cache-control': 'no-cache' }, json: loadSpecDocument() }),
};

async function servePage(path: string, route: Page): Promise<MockReply | ApiError> {
  try {
    return await route();
  } catch (error) {
    // A missing build artefact (bundle, Redoc) is the operator's to fix: say which.
    return apiError('500 internal', 'page', { path, detail: (error as Error).message });
  }
}

export const nodePages: PageSource = (path) => {
  const route = Object.hasOwn(PAGES, path) ? PAGES[path] : PAGES[path.replace(/\/+$/, '')];
  return route ? servePage(path, route) : undefined;
};
