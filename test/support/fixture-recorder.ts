// Record mode of the live run: saves one fixture per distinct (operation, HTTP status,
// body status) so that the offline suite re-validates what the live API really sent.
// Later runs overwrite files of the same kind, which keeps the directory small.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OperationId } from '../../src/spec/index.js';
import { redactSecrets } from './contract-target.js';
import type { ResponseFixture } from './response-fixture.js';

export interface FixtureRecorder {
  record(operationId: OperationId, status: number, text: string): void;
  /** Files written so far. */
  written(): string[];
}

function bodyStatusOf(body: unknown): string {
  if (typeof body !== 'object' || body === null) return 'nobody';
  if ('request_id' in body) return 'created';
  const status = (body as { status?: unknown; code?: unknown }).status ?? (body as { code?: unknown }).code;
  return typeof status === 'string' ? status.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40) : 'nostatus';
}

export function createFixtureRecorder(dir: string, source: string, secrets: readonly string[]): FixtureRecorder {
  const files = new Set<string>();
  mkdirSync(dir, { recursive: true });
  return {
    record(operationId, status, text) {
      let body: unknown = null;
      try {
        body = text === '' ? null : (JSON.parse(redactSecrets(text, secrets)) as unknown);
      } catch {
        return; // not JSON: the response check reports it; a fixture must be JSON
      }
      const file = join(dir, `${operationId}-${status}-${bodyStatusOf(body)}.json`);
      const fixture: ResponseFixture = { operationId, status, body, source: `${source} ${new Date().toISOString()}` };
      writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
      files.add(file);
    },
    written: () => [...files],
  };
}
