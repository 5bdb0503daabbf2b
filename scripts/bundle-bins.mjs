// Build step, after tsc: the two command-line programs (package.json "bin") as bundles in
// dist/bin/. Started from tsc's output, a program loads about 110 of its own modules, and
// Node's ESM loader resolves, reads and links each one: most of the mock's cold start
// (bench/README.md). A bundle is a handful of files. The library entry points (exports)
// stay tsc's modules, so an application's own bundler still sees them one by one.
//
// Dependencies stay outside (`packages: 'external'`): the bundles use the versions npm
// installed, as the library does. Code split at each dynamic import(), so the gRPC host,
// Redis and the media renderer are still loaded only when used.
//
// A module that finds a file next to itself (`new URL('./proto/', import.meta.url)`,
// `createRequire(import.meta.url)`) must still find it from inside a bundle: each bundled
// module's `import.meta.url` becomes its own file's URL in dist/, worked out from the
// bundle's, so dist/ keeps every file where tsc and the copy steps put it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = path.join(root, 'dist');
const outdir = path.join(dist, 'bin');

const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(on) {
    on.onLoad({ filter: /\.js$/ }, async ({ path: file }) => {
      const source = await readFile(file, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const fromBundle = path.relative(outdir, file).split(path.sep).join('/');
      return {
        contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`),
        loader: 'js',
      };
    });
  },
};

await build({
  entryPoints: { 'xai-video-mock': path.join(dist, 'hosts/cli.js'), 'xai-video-contract': path.join(dist, 'contract/cli.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: '[name]-[hash]', // beside the entries: the import.meta.url rewrite counts from dist/bin/
  plugins: [ownImportMetaUrl],
  logLevel: 'warning',
  legalComments: 'none',
});
console.log('dist/bin: xai-video-mock.js and xai-video-contract.js, bundled');
