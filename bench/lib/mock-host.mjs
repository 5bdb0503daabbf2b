// The mock hosted by bench/servers/mock-host.mjs under `node --expose-gc`, for the figures
// that read memory: the orchestrator asks over IPC for two full garbage collections and
// then reads the RSS, so a reading is the live set, not what V8 has not yet collected.
import { config } from './config.mjs';
import { logTail, residentBytes, startProcess, stopProcess } from './proc.mjs';

/**
 * Semi-space size, in MiB, fixed for the process. Under sustained load V8 grows its young
 * generation from 2 × 1 MiB up to 2 × 16 MiB (the default maximum on 64-bit) at moments of
 * its choosing; fixing it at that maximum from the start keeps 16+ MiB of GC sizing out of
 * any growth measured, which is then the mock's own (and allocator noise).
 */
export const YOUNG_MIB = 16;

/** Starts the host on the server core; resolves once it listens. `nofile` raises its open-files limit. */
export async function startMockHost({ name, timing, nofile }) {
  const flags = [...config.nodeFlags, '--expose-gc', `--min-semi-space-size=${YOUNG_MIB}`, `--max-semi-space-size=${YOUNG_MIB}`];
  const proc = startProcess(name, process.execPath, [...flags, 'bench/servers/mock-host.mjs'], {
    core: config.serverCore,
    env: { MOCK_MODULE: config.mockModule, MOCK_TIMING: timing },
    ipc: true,
    nofile,
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mock host not ready after 15 s:\n${logTail(proc)}`)), 15_000);
    proc.child.on('message', (m) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        resolve(m.url);
      }
    });
    proc.done.then(() => {
      clearTimeout(timer);
      reject(new Error(`mock host exited:\n${logTail(proc)}`));
    });
  }).catch(async (error) => {
    await stopProcess(proc);
    throw error;
  });
  return { name, url, pid: proc.pid, proc, measure: () => measure(proc), stop: () => stopProcess(proc) };
}

/** RSS and V8 heap figures after two full garbage collections in the host. */
function measure(proc) {
  return new Promise((resolve) => {
    proc.child.once('message', (m) => {
      resolve({
        rss: residentBytes(proc.pid),
        heapUsed: m.memory.heapUsed,
        heapTotal: m.memory.heapTotal,
        external: m.memory.external,
        newSpace: m.newSpace,
        gc: m.gc,
      });
    });
    proc.child.send({ type: 'measure' });
  });
}
