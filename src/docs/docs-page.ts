/**
 * GET /docs: the contract rendered by Redoc (served by the mock from
 * /docs/redoc.standalone.js), with a top bar. Redoc reads /docs/openapi.json: the contract
 * plus the mock-only controls as a section of the reference (docs-spec.ts), in its side
 * menu. Errors cite `/docs#mock-controls`: the browser cannot jump there before Redoc has
 * rendered, so the page hands that anchor to Redoc as the section's own id, and Redoc
 * scrolls to it once rendered.
 */
import { MOCK_CONTROLS_TAG } from './docs-spec.js';
import { REDOC_BUNDLE } from './redoc-bundle.js';

export const DOCS_SCRIPT_PATH = `/docs/${REDOC_BUNDLE}`;
export const DOCS_SPEC_PATH = '/docs/openapi.json';
export const SPEC_JSON_PATH = '/openapi.json';
export const SPEC_YAML_PATH = '/openapi.yaml';
/** Redoc's id of a tag's section: `tag/` and the name with spaces as dashes (redoc 2.5, MenuBuilder). */
export const MOCK_CONTROLS_SECTION = `tag/${MOCK_CONTROLS_TAG.replaceAll(' ', '-')}`;
/** Short anchors the page's links and the mock's errors use, to Redoc's section ids. */
const ANCHORS: Record<string, string> = { 'mock-controls': MOCK_CONTROLS_SECTION };

const STYLE = `
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #1d2330; }
.topbar { position: sticky; top: 0; z-index: 10; height: 44px; display: flex; gap: 18px; align-items: center;
  padding: 0 20px; background: #1d2330; color: #fff; }
.topbar a { color: #9cc3ff; text-decoration: none; }
.topbar strong { margin-right: auto; }
/* Tables in the reference (the capability table, the mock's controls): code breaks at its
   hyphens, not inside a word, as Redoc's default break-word does. */
.redoc-wrap .redoc-markdown table { font-size: 13px; }
.redoc-wrap .redoc-markdown table th, .redoc-wrap .redoc-markdown table td { padding: 5px 7px; }
.redoc-wrap .redoc-markdown table code { word-break: normal; font-size: 12px; }
.mock-controls td:first-child code { white-space: nowrap; }
.mock-controls pre { white-space: pre; overflow-x: auto; font-size: 13px; }
`;

/**
 * Redoc options: offset under the sticky bar; system fonts, since nothing is fetched from a
 * CDN; the download links give the contract itself, not the page's document with the mock's
 * section in it.
 */
const REDOC_OPTIONS = {
  scrollYOffset: '.topbar',
  downloadUrls: [
    { title: 'openapi.yaml', url: SPEC_YAML_PATH },
    { title: 'openapi.json', url: SPEC_JSON_PATH },
  ],
  expandResponses: '200,202',
  theme: { typography: { fontFamily: 'system-ui, sans-serif', headings: { fontFamily: 'system-ui, sans-serif' } } },
};

export function docsPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>xAI video API · reference and mock controls</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body data-redoc="loading">
<nav class="topbar">
  <strong>xai-video-contract</strong>
  <a href="#">API reference</a>
  <a href="#${MOCK_CONTROLS_SECTION}">Mock controls</a>
  <a href="/">Playground</a>
  <a href="${SPEC_YAML_PATH}">openapi.yaml</a>
  <a href="${SPEC_JSON_PATH}">openapi.json</a>
</nav>
<div id="redoc"></div>
<script>
  // A short anchor (#mock-controls) becomes Redoc's id of the section, both on load and on
  // a later change of the address. Redoc reads the address once it has rendered and on
  // every hashchange; this listener is added before Redoc's (its bundle adds one as it
  // loads), so Redoc sees the section's id and scrolls to it itself.
  var anchors = ${JSON.stringify(ANCHORS)};
  function resolveAnchor() {
    var target = anchors[decodeURIComponent(location.hash.slice(1))];
    if (target) history.replaceState(null, '', '#' + target);
  }
  resolveAnchor();
  window.addEventListener('hashchange', resolveAnchor);
</script>
<script src="${DOCS_SCRIPT_PATH}"></script>
<script>
  // The callback marks the page ready (or failed) for people and for the browser tests.
  Redoc.init(${JSON.stringify(DOCS_SPEC_PATH)}, ${JSON.stringify(REDOC_OPTIONS)}, document.getElementById('redoc'), function (error) {
    document.body.dataset.redoc = error ? 'error' : 'ready';
  });
</script>
</body>
</html>
`;
}
