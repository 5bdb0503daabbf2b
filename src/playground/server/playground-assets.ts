/**
 * How the mock serves the playground (Node side; the rest of this folder runs in the
 * browser). The built package has a prebuilt bundle next to this folder
 * (dist/playground/playground.js, written by scripts/build-playground.mjs). From source
 * (vitest, tsx) there is none: the first request bundles main.ts with esbuild, in memory.
 * esbuild is imported only then, so the mock's cold start never pays for it.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** src/playground/ from source, dist/playground/ when built. */
export const PLAYGROUND_DIR = fileURLToPath(new URL('../', import.meta.url));
export const PLAYGROUND_ENTRY = 'main.ts';
export const PLAYGROUND_FILES = ['index.html', 'playground.css', 'playground.js', 'playground.js.map'] as const;
export type PlaygroundFile = (typeof PLAYGROUND_FILES)[number];

export interface PlaygroundBundle {
  js: string;
  map: string;
}

const CONTENT_TYPES: Record<PlaygroundFile, string> = {
  'index.html': 'text/html; charset=utf-8',
  'playground.css': 'text/css; charset=utf-8',
  'playground.js': 'text/javascript; charset=utf-8',
  'playground.js.map': 'application/json',
};

/**
 * Bundles the playground for browsers. One set of esbuild options for both the build
 * script and the lazy path. `outfile` is not written: it only anchors the source map's
 * relative paths and the `sourceMappingURL` comment.
 */
export async function bundlePlayground(entry: string, outfile: string): Promise<PlaygroundBundle> {
  const { build } = await import('esbuild');
  const result = await build({
    plugins: [await portableSpec()],
    entryPoints: [entry],
    outfile,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    sourcemap: 'linked',
    // Not minified: the bundle is a readable example, and it is served over loopback.
    minify: false,
    logLevel: 'silent',
  });
  const output = (suffix: string) => result.outputFiles.find((file) => file.path.endsWith(suffix))?.text ?? '';
  return { js: output('.js'), map: output('.js.map') };
}

/**
 * The playground reads the capability table (its model, resolution and duration choices)
 * through spec/'s portable entry, `spec-bundle.js`. In the browser bundle that module is the
 * table as data, the same module the build writes into dist/spec/spec-bundle.js: no YAML
 * parser, no schema compiler, no validators. Nothing else of spec-bundle.js may be imported
 * by the playground: esbuild fails the bundle if something is.
 */
async function portableSpec(): Promise<import('esbuild').Plugin> {
  const { capabilityTableModule, modelCapabilityTable } = await import('../../spec/index.js');
  const contents = capabilityTableModule(modelCapabilityTable());
  return {
    name: 'portable-spec',
    setup(build) {
      build.onResolve({ filter: /(^|\/)spec-bundle\.js$/ }, () => ({ path: 'spec-bundle.js', namespace: 'portable-spec' }));
      build.onLoad({ filter: /.*/, namespace: 'portable-spec' }, () => ({ contents, loader: 'js' }));
    },
  };
}

let bundle: Promise<PlaygroundBundle> | undefined;

/** The prebuilt bundle if there is one, else a fresh in-memory one; the first caller's promise is shared. */
function loadBundle(): Promise<PlaygroundBundle> {
  bundle ??= (async () => {
    const prebuilt = `${PLAYGROUND_DIR}playground.js`;
    if (existsSync(prebuilt))
      return { js: await readFile(prebuilt, 'utf8'), map: await readFile(`${prebuilt}.map`, 'utf8').catch(() => '') };
    if (!existsSync(`${PLAYGROUND_DIR}${PLAYGROUND_ENTRY}`)) throw new Error('the playground is not built: run `make build`');
    return bundlePlayground(`${PLAYGROUND_DIR}${PLAYGROUND_ENTRY}`, prebuilt);
  })();
  // A failed bundle (a syntax error while editing main.ts) is retried on the next request.
  bundle.catch(() => (bundle = undefined));
  return bundle;
}

export interface PlaygroundAsset {
  contentType: string;
  body: string;
}

export async function playgroundAsset(file: PlaygroundFile): Promise<PlaygroundAsset> {
  const contentType = CONTENT_TYPES[file];
  if (file === 'playground.js') return { contentType, body: (await loadBundle()).js };
  if (file === 'playground.js.map') return { contentType, body: (await loadBundle()).map };
  return { contentType, body: await readFile(`${PLAYGROUND_DIR}${file}`, 'utf8') };
}
