// A target that misbehaves in the way that leaks secrets: it refuses everything with 400
// and echoes the Authorization header it got into the error message. Whatever the check
// reports or records of these answers must not contain the key.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EchoKeyServer {
  url: string;
  close(): Promise<void>;
}

export async function startEchoKeyServer(): Promise<EchoKeyServer> {
  const server = createServer((req, res) => {
    req.resume();
    const body = JSON.stringify({
      code: 'invalid-argument',
      error: `Incorrect API key provided: ${req.headers.authorization ?? '(none)'}`,
    });
    res.writeHead(400, { 'content-type': 'application/json', 'x-request-id': 'echo', 'x-echo': String(req.headers.authorization ?? '') });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
