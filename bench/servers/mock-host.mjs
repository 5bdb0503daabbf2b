// Hosts the mock in-process for the memory measurement, so that the orchestrator can ask
// for a garbage collection and the heap figures over IPC. Run with `node --expose-gc`.
//   env MOCK_MODULE (path of the module exporting startMockServer), MOCK_TIMING
// IPC: sends { type: 'ready', url } once listening; answers { type: 'measure' } with
// { type: 'memory', memory: process.memoryUsage(), newSpace } after two full GCs.
import path from 'node:path';
import v8 from 'node:v8';
import { pathToFileURL } from 'node:url';

const modulePath = path.resolve(process.env.MOCK_MODULE ?? 'dist/hosts/index.js');
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
