// vitest globalSetup: the run gets a temporary directory of its own (TMPDIR, which
// os.tmpdir() and the tools the tests start read), and must leave it empty. A test that
// creates a folder there (a rendered MP4, a browser profile, a child's log) removes it
// itself; what it forgets fails the run here, by name, and is then removed.
//
// Tools' own caches are not leftovers: they would live in the machine's temporary
// directory across runs anyway (jiti's transpile cache for the generators' TS configs,
// Node 22+'s module compile cache, tsx's cache). They go with the run's directory.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOOL_CACHES = [/^jiti$/, /^node-compile-cache$/, /^tsx-\d+$/];

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'xai-video-suite-'));
  process.env.TMPDIR = dir;
  return () => {
    const left = readdirSync(dir).filter((name) => !TOOL_CACHES.some((cache) => cache.test(name)));
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
    if (left.length === 0) return;
    // vitest reports an error thrown here but still exits 0: set the exit code as well.
    process.exitCode = 1;
    throw new Error(`the tests left ${left.length} entries in the temporary directory: ${left.sort().join(', ')}`);
  };
}
