// Build step (after `tsc -p tsconfig.build.json`): the browser assets the built mock
// serves without esbuild or redoc installed.
//   dist/playground/playground.js(.map)  the playground bundled with esbuild (same options
//                                        as the mock's lazy from-source path)
//   dist/playground/index.html, .css      copied from src/playground/
//   dist/docs/redoc.standalone.js         Redoc's browser bundle, with its licence (without its
//                                        sourceMappingURL: the 4 MB map is not shipped)
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const assetsModule = `${root}dist/playground/server/playground-assets.js`;
if (!existsSync(assetsModule)) {
  console.error('build-playground: dist/ is missing; run `tsc -p tsconfig.build.json` first (make build does both)');
  process.exit(1);
}
const { bundlePlayground, PLAYGROUND_ENTRY } = await import(assetsModule);

const source = `${root}src/playground/`;
const playgroundOut = `${root}dist/playground/`;
const docsOut = `${root}dist/docs/`;
mkdirSync(playgroundOut, { recursive: true });
mkdirSync(docsOut, { recursive: true });

const outfile = `${playgroundOut}playground.js`;
const { js, map } = await bundlePlayground(`${source}${PLAYGROUND_ENTRY}`, outfile);
writeFileSync(outfile, js);
writeFileSync(`${outfile}.map`, map);
for (const file of ['index.html', 'playground.css']) copyFileSync(`${source}${file}`, `${playgroundOut}${file}`);

const redoc = createRequire(import.meta.url).resolve('redoc/bundles/redoc.standalone.js');
writeFileSync(`${docsOut}redoc.standalone.js`, readFileSync(redoc, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'));
copyFileSync(`${redoc}.LICENSE.txt`, `${docsOut}redoc.standalone.js.LICENSE.txt`);

const kb = (path) => `${Math.round(statSync(path).size / 1024)} KB`;
console.log(
  `dist/playground: playground.js ${kb(outfile)}, index.html, playground.css; dist/docs: redoc.standalone.js ${kb(`${docsOut}redoc.standalone.js`)}`,
);
