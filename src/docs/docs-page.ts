/**
 * GET /docs: the contract rendered by Redoc (served by the mock from
 * /docs/redoc.standalone.js, pointed at /openapi.json), with a top bar and the
 * mock-only controls documented below the reference.
 */
import { mockControlsSection } from './mock-controls-section.js';
import { REDOC_BUNDLE } from './redoc-bundle.js';

export const DOCS_SCRIPT_PATH = `/docs/${REDOC_BUNDLE}`;
export const SPEC_JSON_PATH = '/openapi.json';
export const SPEC_YAML_PATH = '/openapi.yaml';

const STYLE = `
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: #1d2330; }
.topbar { position: sticky; top: 0; z-index: 10; height: 44px; display: flex; gap: 18px; align-items: center;
  padding: 0 20px; background: #1d2330; color: #fff; }
.topbar a { color: #9cc3ff; text-decoration: none; }
.topbar strong { margin-right: auto; }
#mock-controls { scroll-margin-top: 44px; max-width: 1100px; margin: 0 auto; padding: 24px 40px 60px; border-top: 4px solid #1d2330; }
#mock-controls table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
#mock-controls th, #mock-controls td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #e3e6ee; }
#mock-controls code { font-size: 13px; background: #f1f3f7; padding: 0 3px; border-radius: 3px; }
#mock-controls td:first-child code { white-space: nowrap; }
/* Redoc pins its "API docs by Redocly" link to the viewport; keep it inside the menu so it
   does not float over the mock controls below the reference. */
.menu-content div:has(> a[href^="https://redocly.com/redoc"]) { position: absolute; }
#mock-controls pre { background: #f1f3f7; padding: 12px; overflow-x: auto; font-size: 13px; }
`;

/** Redoc options: offset under the sticky bar; system fonts, since nothing is fetched from a CDN. */
const REDOC_OPTIONS = {
  scrollYOffset: '.topbar',
  expandResponses: '200,202',
  theme: { typography: { fontFamily: 'system-ui, sans-serif', headings: { fontFamily: 'system-ui, sans-serif' } } },
};

export interface DocsPageParts {
  /** The CLI's --help text, for the options part of the mock controls. */
  usage: string;
}

export function docsPage({ usage }: DocsPageParts): string {
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
  <a href="#mock-controls">Mock controls</a>
  <a href="/">Playground</a>
  <a href="${SPEC_YAML_PATH}">openapi.yaml</a>
  <a href="${SPEC_JSON_PATH}">openapi.json</a>
</nav>
<div id="redoc"></div>
${mockControlsSection(usage)}
<script src="${DOCS_SCRIPT_PATH}"></script>
<script>
  // The callback marks the page ready (or failed) for people and for the browser tests.
  Redoc.init(${JSON.stringify(SPEC_JSON_PATH)}, ${JSON.stringify(REDOC_OPTIONS)}, document.getElementById('redoc'), function (error) {
    document.body.dataset.redoc = error ? 'error' : 'ready';
  });
</script>
</body>
</html>
`;
}
