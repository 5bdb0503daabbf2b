// nginx as the load balancer in front of mock replicas: round-robin, in the foreground,
// every path it writes (pid, error log, temp folders) in a temporary directory, and no
// retry on another replica (a replica's failure must show). Works as root (its workers
// then run as the same user, so they can write the temp folders) and as any other user.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/free-port.js';

export interface Nginx {
  url: string;
  output(): string;
  close(): Promise<void>;
}

/** The config the README's example follows, with its paths in `dir`. */
export function nginxConfig(dir: string, port: number, upstreams: readonly string[]): string {
  const runAsRoot = process.getuid?.() === 0 ? `user ${userInfo().username};\n` : '';
  return `${runAsRoot}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream mock_replicas {
${upstreams.map((address) => `    server ${address};`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://mock_replicas;
      proxy_set_header Host $http_host;
      proxy_next_upstream off;
      # Which replica answered: the tests check that the requests were spread.
      add_header x-upstream $upstream_addr always;
    }
  }
}
`;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/__mock/health`)).ok;
  } catch {
    return false;
  }
}

export async function startNginx(binary: string, upstreams: readonly string[]): Promise<Nginx> {
  const dir = await mkdtemp(join(tmpdir(), 'nginx-'));
  const port = await freePort();
  await writeFile(join(dir, 'nginx.conf'), nginxConfig(dir, port, upstreams));
  // -e: the error log from the very start, before the config is read (not /var/log/nginx).
  const child: ChildProcess = spawn(binary, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM'); // fast shutdown: the master stops its workers
      });
    }
    await rm(dir, { recursive: true, force: true });
  };
  // nginx prints no ready line: it is ready once a request through it is answered.
  for (let attempt = 0; attempt < 100 && child.exitCode === null; attempt++) {
    if (await answers(url)) return { url, output: () => text, close };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await close();
  throw new Error(`nginx did not start:\n${text}`);
}
