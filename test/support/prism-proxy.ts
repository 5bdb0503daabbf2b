// Prism as an independent judge: `prism proxy --errors <spec> <upstream>` forwards every
// request and validates every answer against the spec. A response violation comes back
// as a 500 problem+json of type VIOLATIONS (errors) or in an `sl-violations` header
// (warnings, e.g. an undocumented non-2xx status).
import { specPath } from '../../src/spec/index.js';
import { binPath, startNodeProcess, type RunningProcess } from './child-process.js';
import type { Exchange } from '../../src/contract/contract-session.js';
import { freePort } from './free-port.js';

export interface PrismProxy {
  url: string;
  process: RunningProcess;
  stop(): Promise<void>;
}

export interface PrismViolation {
  exchange: string;
  severity: string;
  location: string;
  message: string;
}

/**
 * validateRequest false lets invalid requests through to the upstream, so that Prism
 * judges the upstream's 4xx answers instead of answering them itself.
 */
export async function startPrismProxy(upstream: string, options: { validateRequest?: boolean } = {}): Promise<PrismProxy> {
  const port = await freePort();
  const args = ['proxy', '--errors', '--host', '127.0.0.1', '--port', String(port), specPath, upstream];
  if (options.validateRequest === false) args.push('--validate-request', 'false');
  const process = await startNodeProcess(binPath('@stoplight/prism-cli', 'dist/index.js'), args, {
    ready: /Prism is listening on/,
    timeoutMs: 60_000,
  });
  return { url: `http://127.0.0.1:${port}`, process, stop: () => process.stop() };
}

interface RawViolation {
  location?: string[];
  severity?: string;
  message?: string;
}

function fromList(exchange: Exchange, list: unknown): PrismViolation[] {
  if (!Array.isArray(list)) return [];
  return (list as RawViolation[]).map((v) => ({
    exchange: `${exchange.label} → ${exchange.status}`,
    severity: v.severity ?? '?',
    location: (v.location ?? []).join('.'),
    message: v.message ?? '',
  }));
}

/** Every violation Prism reported on these exchanges (header or VIOLATIONS body). */
export function prismViolations(exchanges: readonly Exchange[]): PrismViolation[] {
  return exchanges.flatMap((exchange) => {
    const found: PrismViolation[] = [];
    const header = exchange.headers['sl-violations'];
    if (header) {
      try {
        found.push(...fromList(exchange, JSON.parse(header)));
      } catch {
        found.push({ exchange: `${exchange.label} → ${exchange.status}`, severity: '?', location: '', message: header });
      }
    }
    const body = exchange.json as { type?: unknown; validation?: unknown } | undefined;
    if (typeof body?.type === 'string' && body.type.endsWith('#VIOLATIONS')) found.push(...fromList(exchange, body.validation));
    return found;
  });
}

/**
 * A Prism answer of its own: problem+json (its request checks), or no x-request-id (its
 * body parser's `{"error": {"code": "invalid_json"}}`; every answer of the mock has one).
 */
export function answeredByPrism(exchange: Exchange): boolean {
  return (exchange.headers['content-type'] ?? '').startsWith('application/problem+json') || !exchange.headers['x-request-id'];
}
