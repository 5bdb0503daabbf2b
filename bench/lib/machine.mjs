// What the figures were measured on.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './config.mjs';
import { wrkVersion } from './wrk.mjs';

function version(pkg) {
  try {
    return JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

function git(...args) {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** The commit measured, and whether src/ differed from it. */
function gitCommit() {
  try {
    const dirty = git('status', '--porcelain', '--', 'src', 'openapi') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes in src/ or openapi/' : ''}`;
  } catch {
    return 'unknown';
  }
}

export function describeMachine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0] ? `${cpus[0].model.trim()}${cpus[0].speed ? ` @ ${cpus[0].speed} MHz` : ''}` : 'unknown',
    cores: cpus.length,
    memory: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg(),
    prism: version('@stoplight/prism-cli'),
    steady: version('@stdy/cli'),
    autocannon: version('autocannon'),
    wrk: wrkVersion() ?? 'missing',
    esbuild: version('esbuild'),
    commit: gitCommit(),
    date: new Date().toISOString(),
  };
}
