// A port another process already listens on: Node says only `listen EADDRINUSE`. This
// error names the address, which of the mock's ports it is (`option`: the HTTP host's
// `port` or the gRPC host's `grpcPort`) and the way out, keeps Node's `code` (code that
// checks `error.code === 'EADDRINUSE'` still works) and carries Node's error as its cause.
export type PortOption = 'port' | 'grpcPort';

const WAY_OUT: Record<PortOption, (address: string) => string> = {
  port: (address) => `${address} is already in use: start the mock on another port, or on port 0 for any free one`,
  grpcPort: (address) =>
    `gRPC port ${address} is already in use: start the gRPC host on another port (grpcPort, --grpc-port), ` +
    'on 0 for any free one, or not at all (grpcPort: false, --grpc-port off)',
};

export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  readonly code = 'EADDRINUSE';
  /** The option that set the port: `port` (HTTP) or `grpcPort`. */
  readonly option: PortOption;

  constructor(
    readonly host: string,
    readonly port: number,
    options?: { cause?: unknown; option?: PortOption },
  ) {
    const option = options?.option ?? 'port';
    super(WAY_OUT[option](`${host}:${port}`), options);
    this.option = option;
  }
}

/** What a failed listen rejects with: PortInUseError for a busy port, else Node's own error. */
export function listenError(error: unknown, host: string, port: number, option: PortOption = 'port'): unknown {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE'
    ? new PortInUseError(host, port, { cause: error, option })
    : error;
}
