// How the CLI's process stops, and says why, one structured line (pino, on the mock's log)
// at each step:
// - SIGTERM / SIGINT: the signal and the requests in flight; the server stops accepting,
//   lets them and the gRPC calls in flight finish for up to --shutdown-grace, closes what
//   is left (and says how many of each), exits 0. A second signal exits at once (128 +
//   the signal's number, the shell's convention).
// - An uncaught exception or unhandled rejection: logged with its stack, then the same
//   drain, and exit 1. Node's docs ("Warning: Using 'uncaughtException' correctly") and
//   fastify's and pino's guidance agree: after one, the process state is unknown, so it
//   is not safe to keep serving; log it synchronously, finish what can be finished, exit.
import { constants } from 'node:os';
import type { Logger } from 'pino';
import type { RunningMockServer } from './node-server.js';

export interface SupervisedProcess {
  on(event: 'SIGTERM' | 'SIGINT', listener: (signal: NodeJS.Signals) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error, origin: string) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  exit(code: number): never;
}

export interface SupervisorDeps {
  server: Pick<RunningMockServer, 'stop' | 'inFlight'>;
  logger: Logger;
  graceMs: number;
  /** Default: the real process. */
  process?: SupervisedProcess;
}

const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/** A rejection's reason as pino's `err` serializer expects it: an Error, with a stack when there is one. */
const asError = (reason: unknown): Error => (reason instanceof Error ? reason : new Error(`non-error rejection: ${String(reason)}`));

export function superviseProcess({ server, logger, graceMs, process: proc = process }: SupervisorDeps): void {
  let exitCode: number | undefined;

  const drainAndExit = (code: number) => {
    exitCode = Math.max(exitCode ?? 0, code);
    void server.stop({ graceMs }).then(
      ({ cut, grpcCut }) => {
        if (cut > 0 || grpcCut > 0)
          logger.warn(
            { cut, grpc_cut: grpcCut, grace_ms: graceMs },
            `shutdown grace over: closed ${cut} request(s) and cancelled ${grpcCut} gRPC call(s) still in flight`,
          );
        logger.info({ exit_code: exitCode }, 'stopped');
        proc.exit(exitCode!);
      },
      (error: unknown) => {
        logger.fatal({ err: asError(error) }, 'stop failed');
        proc.exit(1);
      },
    );
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (exitCode !== undefined) {
      const code = 128 + (constants.signals[signal] ?? 1);
      logger.warn({ signal, in_flight: server.inFlight(), exit_code: code }, 'second signal: exiting now');
      return proc.exit(code);
    }
    logger.info({ signal, in_flight: server.inFlight(), grace_ms: graceMs }, 'stopping: no new connections, draining requests in flight');
    drainAndExit(0);
  };
  for (const signal of STOP_SIGNALS) proc.on(signal, onSignal);

  const onUnexpected = (kind: string) => (error: unknown) => {
    logger.fatal({ err: asError(error), kind, in_flight: server.inFlight() }, `${kind}: stopping (exit 1)`);
    if (exitCode === undefined) drainAndExit(1);
    else exitCode = 1; // already stopping: it ends with 1
  };
  proc.on('uncaughtException', onUnexpected('uncaughtException'));
  proc.on('unhandledRejection', onUnexpected('unhandledRejection'));
}
