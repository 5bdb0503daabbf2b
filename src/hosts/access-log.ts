// Structured access log: one JSON line per request (pino), never a header or a body,
// so API keys and user content stay out of logs.
import { pino, type Logger } from 'pino';

export interface AccessEntry {
  method: string;
  path: string;
  status: number;
  request_id?: string;
  x_request_id: string;
  duration_ms: number;
}

export type AccessLog = (entry: AccessEntry) => void;

export function createLogger(write: (line: string) => void, quiet: boolean): Logger {
  const stream = { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) };
  return pino({ base: null, level: quiet ? 'silent' : 'info', timestamp: pino.stdTimeFunctions.isoTime }, stream);
}

/** The access log, or undefined when it is off (the host then skips building entries). */
export function createAccessLog(logger: Logger): AccessLog | undefined {
  if (!logger.isLevelEnabled('info')) return undefined;
  return (entry) => logger.info(entry, 'request');
}
