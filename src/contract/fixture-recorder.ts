// `--record DIR`: saves one recording per distinct (operation, HTTP status, body status),
// so that an offline suite can re-validate what a target really sent. Statuses and bodies
// only (no headers, no request), with the key redacted: nothing secret can end up in a
// recording. Later runs overwrite recordings of the same kind, which keeps the folder small.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OperationId } from '../spec/index.js';
import { redactSecrets } from './redact-secrets.js';

/** The on-disk form of a recorded response (and of the hand-written seeds of this repository's tests). */
export interface RecordedResponse {
  operationId: OperationId;
  status: number;
  /** The parsed JSON body; null for a response without a body (a 202 may have none). */
  body: unknown;
  /** Where it comes from: "recorded from <base url> <iso date>", or the seed's source. */
  source: string;
  /** Seeds only: true when the spec must reject it (proves the validator is not vacuous). */
  mustBeRejected?: boolean;
}

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

/** The folder is created on the first recording, so a run that records nothing leaves nothing behind. */
export function createFixtureRecorder(dir: string, source: string, secrets: readonly string[]): FixtureRecorder {
  const files = new Set<string>();
  const cleanSource = redactSecrets(source, secrets);
  return {
    record(operationId, status, text) {
      let body: unknown = null;
      try {
        body = text === '' ? null : (JSON.parse(redactSecrets(text, secrets)) as unknown);
      } catch {
        return; // not JSON: the response check reports it; a recording must be JSON
      }
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${operationId}-${status}-${bodyStatusOf(body)}.json`);
      const recording: RecordedResponse = { operationId, status, body, source: `${cleanSource} ${new Date().toISOString()}` };
      writeFileSync(file, `${JSON.stringify(recording, null, 2)}\n`);
      files.add(file);
    },
    written: () => [...files],
  };
}
