// A port another process already listens on: Node says only `listen EADDRINUSE`. This
// error names the address and the way out, keeps Node's `code` (code that checks
// `error.code === 'EADDRINUSE'` still works) and carries Node's error as its cause.
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  readonly code = 'EADDRINUSE';

  constructor(
    readonly host: string,
    readonly port: number,
    options?: { cause?: unknown },
  ) {
    super(`${host}:${port} is already in use: start the mock on another port, or on port 0 for any free one`, options);
  }
}

/** What a failed listen rejects with: PortInUseError for a busy port, else Node's own error. */
export function listenError(error: unknown, host: string, port: number): unknown {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE' ? new PortInUseError(host, port, { cause: error }) : error;
}
