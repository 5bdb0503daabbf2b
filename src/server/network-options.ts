// Where the mock is reached and what it takes in: the HTTP and gRPC ports and address
// (read by the Node host only), the base of `video.url`, and the largest request body
// (every host). Checked here without a Node API: the browser hosts check them too.
import { fail, numberIn, text } from './option-checks.js';

export interface NetworkOptions {
  /** Node host only: the port (0 = any free port) and address to listen on. */
  port?: number;
  host?: string;
  /**
   * Node host only: also serve xAI's gRPC `xai_api.Video` service (what the official
   * Python SDK calls) on this port, on `host`; 0 = any free port. Default: false (none);
   * the CLI's default is DEFAULT_GRPC_PORT.
   */
  grpcPort?: number | false;
  /** Base of `video.url`; default: where the client reached the mock. */
  publicUrl?: string;
  maxBodyBytes?: number;
}

export interface NormalisedNetworkOptions {
  readonly port: number;
  readonly host: string;
  readonly grpcPort: number | false;
  readonly publicUrl: string | undefined;
  readonly maxBodyBytes: number;
}

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';
/** The CLI's gRPC port, beside HTTP's 4010. */
export const DEFAULT_GRPC_PORT = 4011;
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

function grpcPortOf(value: unknown, httpPort: number): number | false {
  if (value === undefined || value === false) return false;
  if (typeof value !== 'number') fail('grpcPort', `expected a port number or false, got ${JSON.stringify(value)}`);
  const port = numberIn('grpcPort', value, 0, 65_535, true);
  if (port !== 0 && port === httpPort) fail('grpcPort', `${port} is the HTTP port too: pick another one (0 = any free port)`);
  return port;
}

function publicUrlOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const url = text('publicUrl', value);
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    fail('publicUrl', `expected an http(s) URL, got ${JSON.stringify(url)}`);
  return url.replace(/\/+$/, '');
}

export function networkOptionsOf(o: NetworkOptions): NormalisedNetworkOptions {
  const port = o.port === undefined ? DEFAULT_PORT : numberIn('port', o.port, 0, 65_535, true);
  return {
    port,
    grpcPort: grpcPortOf(o.grpcPort, port),
    host: o.host === undefined ? DEFAULT_HOST : text('host', o.host),
    publicUrl: publicUrlOf(o.publicUrl),
    maxBodyBytes: o.maxBodyBytes === undefined ? DEFAULT_MAX_BODY_BYTES : numberIn('maxBodyBytes', o.maxBodyBytes, 1, 2 ** 31, true),
  };
}
