// Open-files limits (`ulimit -n`) for processes that hold many sockets: the mock under
// 1,000 connections, wrk, the slowloris client.
import { spawnSync } from 'node:child_process';

/** The soft and hard limits on open files (`ulimit -n`) that children of this process get. */
export function fileLimits() {
  const out = spawnSync('sh', ['-c', 'ulimit -Sn; ulimit -Hn'], { encoding: 'utf8' }).stdout.trim().split('\n');
  const parse = (v) => (v === 'unlimited' ? Infinity : Number(v));
  return { soft: parse(out[0]), hard: parse(out[1]) };
}

/**
 * The open-files limit a process that holds `needed` sockets is started with: the hard
 * limit (a process may raise its soft limit up to it), capped at 1,048,576. Throws with
 * what to do when even the hard limit is too low.
 */
export function fileLimitFor(needed) {
  const { hard } = fileLimits();
  if (hard < needed) {
    throw new Error(
      `${needed} open files are needed, but the hard limit is ${hard}: raise it (for example \`ulimit -Hn 65536\` as root, or nofile in /etc/security/limits.conf)`,
    );
  }
  return Math.min(hard, 1_048_576);
}

/** Wraps a command so that it runs with `ulimit -n nofile` (exec: the pid stays the same). */
export function withFileLimit(nofile, command, args) {
  if (nofile === undefined) return [command, args];
  return ['sh', ['-c', 'ulimit -n "$1" || exit 111; shift; exec "$@"', 'sh', String(nofile), command, ...args]];
}
