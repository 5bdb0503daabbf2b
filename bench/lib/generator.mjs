// The load generator's own ceiling: wrk against nginx answering a fixed 202 (one process on
// the server core), a server much faster than node:http. When wrk sends several times the
// bare Node figure here, the bare Node figure is Node's, not wrk's. Skipped without nginx.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { config, TMP } from './config.mjs';
import { freePort, startProcess, stopProcess, waitForReady } from './proc.mjs';
import { wrk } from './wrk.mjs';

const BODY = '{"status":"pending","progress":42}';

function nginxConfig(dir, port) {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir};`).join(' ');
  // One process (no master), so that the pid the harness holds is the one serving.
  return `master_process off;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 100000000;
  ${temp}
  server {
    listen ${config.host}:${port};
    location / { default_type application/json; return 202 '${BODY}'; }
  }
}
`;
}

export async function runGenerator(log) {
  if (spawnSync('nginx', ['-v']).error) return { skipped: 'nginx is not installed (`apt-get install nginx`)' };
  const dir = path.join(TMP, 'nginx');
  fs.mkdirSync(dir, { recursive: true });
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir, port));
  const proc = startProcess('nginx', 'nginx', ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')], {
    core: config.serverCore,
  });
  try {
    const url = `http://${config.host}:${port}/`;
    await waitForReady(url, {}, { proc, expectStatus: 202, timeoutMs: 10_000 });
    const target = { url, expectStatus: 202, pid: proc.pid };
    await wrk(target, { connections: 64, duration: config.warmup });
    const rows = [];
    for (const connections of config.connections) {
      const r = await wrk(target, { connections, duration: config.duration });
      log(`wrk → nginx · ${connections} conns: ${Math.round(r.rps)} req/s, wrk ${(r.clientBusy * 100).toFixed(0)}% of its core`);
      rows.push({ connections, ...r });
    }
    return { rows, version: spawnSync('nginx', ['-v'], { encoding: 'utf8' }).stderr.trim() };
  } finally {
    await stopProcess(proc);
  }
}
