// Reads a V8 .cpuprofile (node --cpu-prof) into µs per request: where a server's time went
// while wrk loaded it, by part (the system call that writes the answer, Node's own
// JavaScript, V8 and Node's C++, the garbage collector, each folder of the mock, its
// dependencies), and by function for the mock's own code.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './config.mjs';

const DIST = `${path.join(ROOT, 'dist')}/`;
// What libuv's stream write lands in: the system call, and (on loopback) the receiving side's TCP work in the same call.
const WRITES = new Set(['writev', 'writeUtf8String', 'writeLatin1String', 'writeBuffer', 'writeAsciiString']);

/** The part a sample's function belongs to. */
function partOf({ functionName, url }) {
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (functionName === '(program)') return 'V8 (program)';
  if (WRITES.has(functionName)) return 'socket write (system call)';
  const file = url.startsWith('file://') ? url.slice('file://'.length) : url;
  if (file.startsWith(DIST)) return `mock: ${file.slice(DIST.length).split('/')[0]}/`;
  if (file.includes('/node_modules/')) return 'dependencies';
  if (url.startsWith('node:')) return 'Node.js (JavaScript)';
  if (file.includes('/bench/')) return 'the server script';
  return 'native (V8, Node C++)';
}

/** Samples between `fromUs` and `toUs` (the profile's clock, µs), or all when none fall there. */
function windowed(profile, fromUs, toUs) {
  const samples = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const next = profile.timeDeltas[i + 1] ?? 0;
    samples.push({ id: profile.samples[i], t, dt: next });
  }
  const inside = samples.filter((s) => s.t >= fromUs && s.t <= toUs);
  return inside.length > 0 ? { samples: inside, windowed: true } : { samples, windowed: false };
}

/**
 * `requests`: how many answers the server gave in the window. Returns µs per request by
 * part and by function (self time; the mock's own as `name file:line` under dist/).
 */
export function readProfile(file, requests, fromUs, toUs) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const { samples, windowed: inWindow } = windowed(profile, fromUs, toUs);
  const parts = new Map();
  const functions = new Map();
  let busyUs = 0;
  for (const { id, dt } of samples) {
    const frame = nodes.get(id);
    const part = partOf(frame);
    parts.set(part, (parts.get(part) ?? 0) + dt);
    if (part !== 'idle') busyUs += dt;
    const where = part.startsWith('mock: ')
      ? `${frame.functionName || '(anonymous)'} ${frame.url.slice(`file://${DIST}`.length)}:${frame.lineNumber + 1}`
      : `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^node:internal\//, 'node:')}`;
    functions.set(where, (functions.get(where) ?? 0) + dt);
  }
  const perRequest = (map) => new Map([...map].map(([k, v]) => [k, v / requests]).sort((a, b) => b[1] - a[1]));
  return { parts: perRequest(parts), functions: perRequest(functions), busyPerRequest: busyUs / requests, windowed: inWindow };
}
