// The build output the portable hosts ship: the spec bundle that replaces the Node-loading
// one validates exactly like the validators compiled from the YAML, and the MSW entry
// bundles for a browser with no Node API, within its size budget.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { describeSchemaError } from '../../src/server/internal/describe-schema-error.js';
import { createSpecValidators, errorSubschemas, loadSpecDocument, modelCapabilityTable } from '../../src/spec/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BUILT_BUNDLE = `${root}dist/spec/spec-bundle.js`;
/**
 * Gzipped bytes the MSW entry may add to an app's first chunk (msw itself excluded).
 * Measured 26.8 KB with the capability table; 31.5 KB once the contract said what the mock
 * enforces: the request validators grew 2.5 KB (ajv's `verbose` errors, which carry the
 * modes' own words, about 1.5 KB; the URL grammar's four patterns and the modes about 1 KB)
 * and the cross-field rules list added 1.4 KB. The JSON structure scanner loads on demand.
 * 32.0 KB with the shared store's options (redisUrl, redisPrefix: checked by the portable
 * normaliseMockOptions as every option is, with messages that never repeat a URL), 0.5 KB.
 * 33.1 KB (33,877 B) with what a request costs less for (0.9 KB): x-request-id from a
 * counter, poll answers kept serialised, the read stage's bounds that spare the scanner.
 * 34.3 KB (34,257 B) with the host limits and the shared store's timeouts among the checked
 * options, and their catalogue messages (0.4 KB); 34.4 KB (34,399 B) with the count rule in
 * the live API's words (0.1 KB); 34.7 KB (34,728 B) with `input_reference`, the alias of
 * `image` (0.3 KB: its property, mode and `not` in the validators 0.2 KB, the alias resolved
 * and named in the validate stage 0.1 KB). 34.4 KB (34,358 B) with ajv's messages left out of
 * the request validators, the bounds worded by describe-schema-error instead (-0.4 KB); 33.1 KB
 * (33,094 B) with their `verbose` subschemas left out too, the few an answer quotes in a table
 * beside them (-1.3 KB).
 */
const MSW_ENTRY_BUDGET = 34 * 1024;
/** Gzipped bytes of the playground's bundle (the client, the page, the capability table and the rules' messages it shows); measured 17.6 KB. */
const PLAYGROUND_BUDGET = 20 * 1024;

const BODIES: [string, unknown][] = [
  ['generateVideo', { prompt: 'a cat' }],
  ['generateVideo', { prompt: 'a cat', duration: 20 }],
  ['generateVideo', { prompt: 'a', image: { url: 'data:image/png;base64,iVBORw0KGgo=' } }],
  ['generateVideo', { prompt: 'a', image: { url: 'ftp://x/y.png' } }],
  ['generateVideo', { prompt: 'a', reference_images: [] }],
  ['generateVideo', { prompt: 'x'.repeat(5000) }],
  ['extendVideo', { prompt: 'more', video: { url: 'https://x/y.mp4' } }],
  ['extendVideo', { prompt: 'more', video: {} }],
  ['editVideo', { prompt: 'sepia', video: { file_id: 'file_1' }, nonsense: 1 }],
  ['generateVideo', {}],
  ['generateVideo', { prompt: '  ', duration: 2 }],
  ['generateVideo', { prompt: 'a', duration: 2, seconds: 2 }],
  ['generateVideo', { input_reference: { url: 'https://x/y.png' } }],
  ['generateVideo', { input_reference: {} }],
  ['generateVideo', { image: { file_id: 'f' }, input_reference: { file_id: 'f' } }],
  ['generateVideo', { prompt: 'a', keyframes: [{ image: { file_id: 'k' }, timestamp_s: 0 }] }],
];

function requireBuild(): void {
  if (!existsSync(BUILT_BUNDLE)) throw new Error('dist/ is missing: run `make build` first (make test does)');
}

describe('the portable spec bundle (dist/spec/spec-bundle.js)', () => {
  it('gives the verdicts of the validators compiled from the YAML', async () => {
    requireBuild();
    const built = await import(BUILT_BUNDLE);
    const source = createSpecValidators();
    for (const [id, body] of BODIES) {
      const fromBuild = built.requestValidators().validateRequestBody(id, body);
      const fromSource = source.validateRequestBody(id as 'generateVideo', body);
      expect(
        fromBuild?.map((e: { instancePath: string; keyword: string }) => `${e.instancePath} ${e.keyword}`),
        JSON.stringify(body),
      ).toEqual(fromSource?.map((e) => `${e.instancePath} ${e.keyword}`));
      // The answer quotes the failing schema (a mode's title, the fields of a `not`): the precompiled code keeps those words.
      if (fromSource) expect(describeSchemaError(fromBuild, body).message).toBe(describeSchemaError(fromSource, body).message);
    }
    const responses = await built.loadResponseValidators();
    expect(responses.validateResponse('getVideo', 202, { status: 'pending', progress: 5 })).toEqual([]);
    expect(responses.validateResponse('getVideo', 202, { status: 'processing' })).not.toEqual([]);
    expect(responses.validateResponse('getVideo', 201, {})).toEqual(source.validateResponse('getVideo', 201, {}));
  });
});

describe('the precompiled request validators', () => {
  // They carry no ajv messages (a browser bundle's bytes): each keyword they can report must
  // be worded by describe-schema-error itself, never fall through to "is invalid".
  it('carry no messages nor subschemas, and every keyword they report has its own words', () => {
    requireBuild();
    const code = readFileSync(`${root}dist/spec/request-validators.js`, 'utf8');
    expect(code).not.toMatch(/\bmessage:|\bparentSchema:/);
    const keywords = new Set([...code.matchAll(/keyword:"(\w+)"/g)].map((match) => match[1]!));
    expect(keywords.size).toBeGreaterThan(5);
    const params = {
      limit: 3,
      comparison: '<=',
      missingProperty: 'b',
      additionalProperty: 'c',
      allowedValues: ['d'],
      type: 'string',
      pattern: '^e$',
    };
    // anyOf (the request modes) and not (fields sent together) read their schema: the BODIES above cover them.
    for (const keyword of [...keywords].filter((k) => k !== 'anyOf' && k !== 'not')) {
      const error = { keyword, instancePath: '/a', schemaPath: `#/${keyword}`, params };
      const { message } = describeSchemaError([error], { a: 'x' });
      expect(message, keyword).not.toMatch(/is invalid|undefined/);
    }
  });
  it('have every subschema an error quotes (anyOf, not) from the table the build writes beside them', () => {
    requireBuild();
    const code = readFileSync(`${root}dist/spec/request-validators.js`, 'utf8');
    const sites = [...code.matchAll(/keyword:"(anyOf|not)"/g)].length;
    const table = errorSubschemas(loadSpecDocument());
    expect(Object.values(table).flatMap((paths) => Object.keys(paths))).toHaveLength(sites);
    expect(readFileSync(BUILT_BUNDLE, 'utf8')).toContain(JSON.stringify(table));
  });
});

describe('the MSW entry in a browser bundle', () => {
  it('bundles for the browser with no Node API, the renderer and response validators split off, within budget', async () => {
    requireBuild();
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [`${root}dist/hosts/msw.js`],
      bundle: true,
      splitting: true,
      outdir: '/virtual',
      write: false,
      minify: true,
      format: 'esm',
      platform: 'browser',
      external: ['msw'],
      logLevel: 'silent',
    });
    const entry = result.outputFiles.find((file) => file.path.endsWith('/msw.js'))!;
    for (const file of result.outputFiles) expect(file.text, file.path).not.toMatch(/from\s*"node:|require\("node:/);
    expect(result.outputFiles.length).toBeGreaterThan(2); // media and the response validators load on demand
    expect(entry.text).not.toContain('avc1'); // the H.264 renderer is not in the first chunk
    expect(gzipSync(entry.contents).byteLength).toBeLessThan(MSW_ENTRY_BUDGET);
  });
});

describe('the playground bundle (dist/playground/playground.js)', () => {
  it('holds the capability table as data, through the portable spec entry: no YAML parser, no schema compiler, within budget', () => {
    requireBuild();
    const js = readFileSync(`${root}dist/playground/playground.js`, 'utf8');
    expect(js).toContain('portable-spec:spec-bundle.js'); // the module the playground reads the table from
    for (const row of modelCapabilityTable()) {
      expect(js).toContain(`"${row.id}"`);
      expect(js).toContain(row.fingerprint);
    }
    expect(js).not.toMatch(/from\s*"node:|require\(/);
    expect(js).not.toMatch(/ajv|YAMLParseError|validateRequestBody|loadResponseValidators/);
    expect(gzipSync(js).byteLength).toBeLessThan(PLAYGROUND_BUDGET);
  });
});
