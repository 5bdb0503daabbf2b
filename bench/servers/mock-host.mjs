// THE ADAPTER between the harness and the mock: every benchmark reaches the mock through
// the two entry points named here, and through nothing else.
//   MOCK_CLI    the built command line (`--port --host --quiet --timing`), for every
//               figure measured on a separate process (throughput, cold start, lifecycle,
//               the load runs)
//   MOCK_ENTRY  the built module exporting `startMockServer({ port, host, quiet, timing })`,
//               hosted in this file's process for the memory figure
// Both are paths inside the build output (`dist/`, or BENCH_DIST). When the mock's module
// entry moves, change MOCK_ENTRY (one line) and nothing else.
export const MOCK_CLI = 'bin/xai-video-mock.js';
/** Where MOCK_CLI was in builds before 2026-12-04 (tsc's output, unbundled). */
const MOCK_CLI_UNBUNDLED = 'hosts/cli.js';
export const MOCK_ENTRY = 'hosts/index.js';

// Run as a script (`node --expose-gc bench/servers/mock-host.mjs`, by lib/memory.mjs), it
// hosts the mock so that the orchestrator can ask for a garbage collection and the heap
// figures over IPC.
//   env MOCK_MODULE (path of the module, default dist/ + MOCK_ENTRY), MOCK_TIMING
// IPC: sends { type: 'ready', url } once listening; answers { type: 'measure' } with
// { type: 'memory', memory: process.memoryUsage(), newSpace } after two full GCs.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

async function host() {
  const modulePath = path.resolve(process.env.MOCK_MODULE ?? path.join('dist', MOCK_ENTRY));
  const { startMockServer } = await import(pathToFileURL(modulePath).href);
  const server = await startMockServer({
    port: 0,
    host: '127.0.0.1',
    quiet: true,
    timing: process.env.MOCK_TIMING ?? 'realistic',
  });

  process.on('message', (message) => {
    if (message?.type !== 'measure') return;
    if (typeof globalThis.gc === 'function') {
      globalThis.gc();
      globalThis.gc();
    }
    const newSpace = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
    process.send({
      type: 'memory',
      gc: typeof globalThis.gc === 'function',
      memory: process.memoryUsage(),
      newSpace: newSpace?.physical_space_size ?? null,
    });
  });
  process.on('SIGTERM', () => process.exit(0));
  process.on('disconnect', () => process.exit(0));
  process.send({ type: 'ready', url: server.url });
}

/** The command line inside a build (`dist/` or another commit's), an older build's too: pair.mjs and instructions.mjs compare them. */
export function mockCliIn(dist) {
  const bundled = path.resolve(dist, MOCK_CLI);
  const unbundled = path.resolve(dist, MOCK_CLI_UNBUNDLED);
  return fs.existsSync(bundled) || !fs.existsSync(unbundled) ? bundled : unbundled;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await host();
