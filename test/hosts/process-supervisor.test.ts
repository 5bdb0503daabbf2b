// The stop's log line, in-process with a stand-in process and server: what a stop had to
// cut is said once, HTTP requests and gRPC calls each on their own field; a clean stop
// says only `stopped`.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/hosts/internal/access-log.js';
import type { StopReport } from '../../src/hosts/node/node-server.js';
import { type SupervisedProcess, superviseProcess } from '../../src/hosts/node/process-supervisor.js';

/** Sends SIGTERM to a supervised stand-in whose stop reports `report`; resolves with the log and the exit code. */
function stopWith(report: StopReport, graceMs = 250): Promise<{ log: Record<string, unknown>[]; code: number }> {
  const lines: string[] = [];
  const proc = new EventEmitter();
  return new Promise((resolve) => {
    const exit = ((code: number) => resolve({ log: lines.map((line) => JSON.parse(line)), code })) as SupervisedProcess['exit'];
    superviseProcess({
      server: { stop: async () => report, inFlight: () => report.cut },
      logger: createLogger((line) => lines.push(line), false),
      graceMs,
      process: Object.assign(proc, { exit }) as unknown as SupervisedProcess,
    });
    proc.emit('SIGTERM', 'SIGTERM');
  });
}

describe('the stop log line', () => {
  it('counts the gRPC calls it cancelled beside the HTTP requests it closed', async () => {
    const { log, code } = await stopWith({ cut: 2, grpcCut: 1 });
    expect(code).toBe(0);
    expect(log.filter((entry) => entry.level === 40)).toEqual([
      expect.objectContaining({
        cut: 2,
        grpc_cut: 1,
        grace_ms: 250,
        msg: 'shutdown grace over: closed 2 request(s) and cancelled 1 gRPC call(s) still in flight',
      }),
    ]);
  });

  it('is said when only gRPC calls were cut', async () => {
    const { log } = await stopWith({ cut: 0, grpcCut: 3 });
    expect(log.find((entry) => entry.level === 40)).toMatchObject({ cut: 0, grpc_cut: 3 });
  });

  it('is not said when nothing was cut', async () => {
    const { log } = await stopWith({ cut: 0, grpcCut: 0 });
    expect(log.filter((entry) => entry.level === 40)).toEqual([]);
    expect(log.at(-1)).toMatchObject({ msg: 'stopped', exit_code: 0 });
  });
});
