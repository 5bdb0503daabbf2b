// Structured access log: one JSON line per request (pino), never a header or a body,
// so API keys and user content stay out of logs. The gRPC host logs one line per call.
import { pino, type Logger } from 'pino';

export interface AccessEntry {
  method: string;
  path: string;
  status: number;
  request_id?: string;
  x_request_id: string;
  duration_ms: number;
}

/** One gRPC call: the method's path, its status code's name (`OK`, `NOT_FOUND`, ...). */
export interface GrpcAccessEntry {
  rpc: string;
  grpc_status: string;
  request_id?: string;
  x_request_id: string;
  duration_ms: number;
}

export type AccessLog<Entry extends object = AccessEntry> = (entry: Entry) => void;

export function createLogger(write: (line: string) => void, quiet: boolean): Logger {
  const stream = { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) };
  return pino({ base: null, level: quiet ? 'silent' : 'info', timestamp: pino.stdTimeFunctions.isoTime }, stream);
}

/** The access log, or undefined when it is off (the host then skips building entries). */
export function createAccessLog<Entry extends object = AccessEntry>(logger: Logger, msg = 'request'): AccessLog<Entry> | undefined {
  if (!logger.isLevelEnabled('info')) return undefined;
  return (entry) => logger.info(entry as Record<string, unknown>, msg);
}
