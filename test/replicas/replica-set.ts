// A shared mock deployment as a team would run it: one redis-server, three real CLI
// processes with one --secret and --redis-url (each with its gRPC host on a free port),
// and nginx round-robin in front. The requests a test sends carry its own API key, so
// the rate limit of one test never touches another.
import { spawnMock, type MockProcess } from '../hosts/spawn-mock.js';
import { startRedisServer, type RedisServer } from '../support/redis-server.js';
import { startNginx, type Nginx } from './nginx.js';

export interface ReplicaSet {
  redis: RedisServer;
  replicas: MockProcess[];
  nginx: Nginx;
  close(): Promise<void>;
}

export interface Answer {
  status: number;
  body: any;
  /** The replica nginx sent the request to (host:port), when it went through nginx. */
  upstream: string | null;
}

export async function startReplicaSet(binaries: { redisServer: string; nginx: string }, extraArgs: string[] = []): Promise<ReplicaSet> {
  const redis = await startRedisServer(binaries.redisServer);
  const replicas: MockProcess[] = [];
  try {
    const args = ['--quiet', '--secret', 'replicas-secret', '--redis-url', redis.url, ...extraArgs];
    replicas.push(...(await Promise.all([spawnMock(args), spawnMock(args), spawnMock(args)])));
    const nginx = await startNginx(
      binaries.nginx,
      replicas.map((replica) => new URL(replica.url).host),
    );
    return {
      redis,
      replicas,
      nginx,
      close: async () => {
        await nginx.close();
        await Promise.all(replicas.map((replica) => replica.kill()));
        await redis.close();
      },
    };
  } catch (error) {
    await Promise.all(replicas.map((replica) => replica.kill()));
    await redis.close();
    throw error;
  }
}

export async function send(
  base: string,
  path: string,
  init: { method?: string; key?: string; prefer?: string; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${init.key ?? 'replica-key'}` };
  if (init.prefer) headers.prefer = init.prefer;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, upstream: response.headers.get('x-upstream') };
}

export async function create(base: string, key: string, prefer?: string): Promise<Answer & { id: string }> {
  const answer = await send(base, '/v1/videos/generations', {
    key,
    ...(prefer && { prefer }),
    body: { prompt: 'a lighthouse', duration: 1 },
  });
  if (answer.status !== 200) throw new Error(`create: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { ...answer, id: answer.body.request_id };
}

/** Waits for what a real reconnection brings about: a bounded number of checks. */
export async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never: ${what}`);
}

/** How often `text` occurs in the output so far. */
export const occurrences = (output: string, text: string) => output.split(text).length - 1;
