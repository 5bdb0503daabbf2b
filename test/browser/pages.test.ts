// The page routes without a browser: what GET /, /docs, the bundles and the spec answer,
// that the mock's start-up never imports the bundler or Redoc, and that the documented
// and offered mock controls are ones the mock accepts.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockControlsSection } from '../../src/docs/mock-controls-section.js';
import { USAGE } from '../../src/hosts/flags/parse-cli.js';
import { startMockServer, type RunningMockServer } from '../../src/hosts/index.js';
import { JOB_ERROR_CODES } from '../../src/lifecycle/index.js';
import { ApiError, MOCK_CONTROLS, parseCreateControls, parsePollControls } from '../../src/server/index.js';
import { preferHeader } from '../../src/playground/mock-controls-fetch.js';
import { loadSpecDocument, specPath } from '../../src/spec/index.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const PLAYGROUND_HTML = readFileSync(join(SRC, 'playground/index.html'), 'utf8');
let mock: RunningMockServer;

beforeAll(async () => {
  mock = await startMockServer({ port: 0, quiet: true });
});
afterAll(() => mock?.close());

describe('page routes', () => {
  it.each([
    ['/', 'text/html', '<script type="module" src="/playground.js">'],
    ['/playground.js', 'text/javascript', 'createVideoClient'],
    ['/playground.js.map', 'application/json', '"sources"'],
    ['/playground.css', 'text/css', 'progress'],
    ['/docs', 'text/html', '"mock-controls":"tag/Mock-controls"'],
    ['/docs/', 'text/html', 'Redoc.init'],
    ['/docs/redoc.standalone.js', 'text/javascript', 'Redoc'],
    ['/openapi.yaml', 'application/yaml', 'openapi: 3.0.3'],
  ])('GET %s answers %s', async (path, type, excerpt) => {
    const response = await fetch(`${mock.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(await response.text()).toContain(excerpt);
  });

  it('serves the contract verbatim as YAML and as JSON', async () => {
    expect(await (await fetch(`${mock.url}/openapi.yaml`)).text()).toBe(readFileSync(specPath, 'utf8'));
    expect(await (await fetch(`${mock.url}/openapi.json`)).json()).toEqual(loadSpecDocument());
  });

  it("gives Redoc the contract plus the mock's controls as one more (trait) tag, and nothing else changed", async () => {
    const docs = await (await fetch(`${mock.url}/docs/openapi.json`)).json();
    const { tags: contractTags, ...contract } = loadSpecDocument() as unknown as { tags: unknown[] };
    const { tags, ...rest } = docs;
    expect(rest).toEqual(contract);
    expect(tags.slice(0, -1)).toEqual(contractTags);
    expect(tags.at(-1)).toEqual({ name: 'Mock controls', 'x-traitTag': true, description: mockControlsSection(USAGE) });
  });

  it('writes the mock controls as one HTML block (no blank line), which a markdown renderer passes through whole', () => {
    const section = mockControlsSection(USAGE);
    expect(section).not.toMatch(/\n[ \t]*\n/);
    expect(section).toContain('&#10;'); // the --help text's empty lines, kept inside its <pre>
  });

  it('answers HEAD without a body, and unknown pages with the API error shape', async () => {
    const head = await fetch(`${mock.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(100);
    expect(await head.text()).toBe('');
    const missing = await fetch(`${mock.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'not-found' });
  });

  it('serves a Redoc bundle that fetches nothing from a CDN', async () => {
    expect(await (await fetch(`${mock.url}/docs/redoc.standalone.js`)).text()).not.toContain('cdn.redoc.ly');
  });
});

/** Relative modules a file imports statically (`import ... from`, `export ... from`), and its bare imports. */
function staticImports(file: string): { local: string[]; bare: string[] } {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
  const local = specifiers.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
  return { local, bare: specifiers.filter((s) => !s.startsWith('.')) };
}

describe('cold start', () => {
  it('the mock imports neither esbuild nor redoc at start-up (only on the first page request)', () => {
    const seen = new Set<string>();
    const bare = new Set<string>();
    const queue = [join(SRC, 'hosts/index.ts'), join(SRC, 'hosts/cli.ts')];
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (seen.has(file)) continue;
      seen.add(file);
      const imports = staticImports(file);
      for (const name of imports.bare) bare.add(name);
      queue.push(...imports.local);
    }
    expect(seen).toContain(join(SRC, 'hosts/node/pages.ts'));
    expect([...bare].filter((name) => /^(esbuild|redoc)(\/|$)/.test(name))).toEqual([]);
  });
});

describe('mock controls offered by the docs and the playground', () => {
  const section = mockControlsSection('usage');

  it.each(MOCK_CONTROLS.map((control) => [control.key, control]))(
    'the docs list the %s control, and its sample is accepted',
    (key, control) => {
      expect(section).toContain(`<code>${key}</code>`);
      if (control.sample === undefined) {
        expect(parseCreateControls(`${key}=true`, undefined)).toBeInstanceOf(ApiError);
        return;
      }
      const parsed =
        control.on === 'create'
          ? parseCreateControls(`${key}=${control.sample}`, undefined)
          : parsePollControls(`${key}=${control.sample}`);
      expect(parsed, key).not.toBeInstanceOf(ApiError);
    },
  );

  it('every outcome and error code the playground offers makes a Prefer header the mock accepts', () => {
    const options = (name: string) => {
      const select = new RegExp(`<select name="${name}">([\\s\\S]*?)</select>`).exec(PLAYGROUND_HTML)?.[1] ?? '';
      return [...select.matchAll(/<option(?: value="([^"]*)")?>([^<]*)</g)].map((m) => m[1] ?? m[2]!);
    };
    expect(options('errorCode')).toEqual([...JOB_ERROR_CODES]);
    for (const outcome of options('outcome')) {
      for (const timing of options('timing')) {
        const prefer = preferHeader({ outcome, errorCode: 'permission_denied', timing });
        expect(parseCreateControls(prefer, undefined), prefer).not.toBeInstanceOf(ApiError);
      }
    }
  });
});

// Keeps the directory listing honest: every playground source file is reachable from main.ts.
describe('the playground sources', () => {
  it('are all used by the bundle entry', () => {
    const dir = join(SRC, 'playground');
    const used = new Set<string>();
    const queue = [join(dir, 'main.ts')];
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (used.has(file)) continue;
      used.add(file);
      queue.push(...staticImports(file).local.filter((path) => path.startsWith(dir)));
    }
    const sources = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(dir, name));
    expect(sources.filter((file) => !used.has(file))).toEqual([]);
  });
});
