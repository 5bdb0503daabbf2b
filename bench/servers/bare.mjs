// The ceiling: a bare node:http server that answers fixed JSON answers, nothing else.
// BARE_ROUTES is a JSON object { "<path>": { "status": 202, "body": "<json text>", "headers": { ... } } };
// BARE_DEFAULT ({ status, body, headers }, optional) answers every other path (the load run's many jobs).
// `headers` (optional): the headers the mock chose for that answer (x-request-id, CORS), so
// that the ceiling writes the same response, head and body, the way the mock's Node host
// writes it (src/hosts/node/node-request.ts: a flat list, content-type and content-length last).
// BARE_WORK_US (optional): microseconds of busy CPU before each answer, standing in for a
// server's own work per request (the work-budget section: what a µs costs on this machine).
// BARE_WRITES: `turn` (default) writes each answer when the mock's Node host would, with
// its turn writer (at once, or at the end of a busy turn of the event loop, with the
// others); `now` writes it at once, as a plain node:http server does.
import http from 'node:http';
import { createTurnWriter } from '../../dist/hosts/node/turn-writer.js';

const port = Number(process.env.BARE_PORT ?? 0);
const host = process.env.BARE_HOST ?? '127.0.0.1';
const routes = new Map();

// The body goes out as a string, node:http's fastest way: end(string) joins it to the head
// in one write, where a Buffer is written beside it (paired on this machine's core, a string
// answered 1-3 % more on Node 20 and 6-13 % more on Node 24; bench/README.md). The mock
// answers JSON as a string too, so a Buffer here would flatter it.
function answer({ status, body, headers = {} }) {
  const head = Object.entries(headers).flat();
  head.push('content-type', 'application/json', 'content-length', Buffer.byteLength(body));
  return { status, body, headers: head };
}

for (const [path, route] of Object.entries(JSON.parse(process.env.BARE_ROUTES ?? '{}'))) routes.set(path, answer(route));
routes.set('/__bare/health', answer({ status: 200, body: '{"ok":true}' }));
const fallback = process.env.BARE_DEFAULT ? JSON.parse(process.env.BARE_DEFAULT) : undefined;
const notFound = answer(fallback ?? { status: 404, body: '{"code":"not-found","error":"no such route"}' });

const workMs = Number(process.env.BARE_WORK_US ?? 0) / 1000;
const writes = process.env.BARE_WRITES ?? 'turn';
if (writes !== 'turn' && writes !== 'now') throw new Error(`BARE_WRITES: turn or now, not ${writes}`);
const writeInTurn = writes === 'turn' ? createTurnWriter() : (write) => write();

const server = http.createServer((req, res) => {
  if (workMs > 0) {
    const until = performance.now() + workMs;
    while (performance.now() < until);
  }
  const route = routes.get(req.url) ?? notFound;
  writeInTurn(() => {
    res.writeHead(route.status, route.headers);
    res.end(route.body);
  });
});

server.listen(port, host, () => {
  const address = server.address();
  console.log(`bare node:http listening on http://${host}:${address.port}`);
});

process.on('SIGTERM', () => process.exit(0));
