// The CLI's flags for the limits a slow or hostile client meets (src/server/host-limits.ts),
// one group of --help. Each only converts its value; normaliseMockOptions checks the range.
import { HOST_LIMITS, type HostLimitOptions } from '../../server/index.js';
import { type Flag, number } from './flag.js';

function limitFlag(name: string, option: keyof HostLimitOptions, arg: string, help: string): Flag {
  return {
    name,
    arg,
    group: 'Limits',
    help: `${help} (default ${HOST_LIMITS[option][0]})`,
    option,
    apply: (o, v) => (o[option] = number(name, String(v))),
  };
}

export const LIMIT_FLAGS: readonly Flag[] = [
  limitFlag('headers-timeout', 'headersTimeoutMs', 'ms', 'Time a client has to send the request line and headers; then 408 and close'),
  limitFlag('request-timeout', 'requestTimeoutMs', 'ms', 'Time a client has to send the whole request, body included; then 408 and close'),
  limitFlag('keep-alive-timeout', 'keepAliveTimeoutMs', 'ms', 'An idle keep-alive connection is closed after this long'),
  limitFlag('max-connections', 'maxConnections', 'n', 'Connections served at once; more get 503 (Retry-After) and are closed'),
  limitFlag('max-header-bytes', 'maxHeaderBytes', 'n', 'Largest request line and headers; larger gets 431 and close'),
  limitFlag('shutdown-grace', 'shutdownGraceMs', 'ms', 'On SIGTERM/SIGINT, time requests in flight get to finish'),
];
