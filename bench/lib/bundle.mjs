// Client bundle: the typed client with its wait helper, bundled for the browser exactly as
// `esbuild src/client/index.ts --bundle --minify --format=esm --platform=browser`, then gzipped.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { config, ROOT, TMP } from './config.mjs';

export async function runBundle(log) {
  const entry = path.join(ROOT, config.clientEntry);
  if (!fs.existsSync(entry)) throw new Error(`${config.clientEntry} does not exist`);
  const args = [config.clientEntry, '--bundle', '--minify', '--format=esm', '--platform=browser', '--log-level=warning'];
  const result = spawnSync(path.join(ROOT, config.esbuildBin), args, { cwd: ROOT, maxBuffer: 64 * 2 ** 20 });
  if (result.status !== 0) throw new Error(`esbuild failed: ${result.stderr.toString().trim()}`);
  const minified = result.stdout;
  const gzipped = zlib.gzipSync(minified, { level: 6 }); // the gzip CLI's default level
  const gzipped9 = zlib.gzipSync(minified, { level: 9 });
  fs.mkdirSync(TMP, { recursive: true });
  fs.writeFileSync(path.join(TMP, 'client.min.js'), minified);
  log(`${minified.length} bytes minified, ${gzipped.length} bytes gzipped (level 6), ${gzipped9.length} (level 9)`);
  return { command: `esbuild ${args.slice(0, -1).join(' ')}`, minified: minified.length, gzip: gzipped.length, gzip9: gzipped9.length };
}
