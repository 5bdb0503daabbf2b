// The on-disk form of a recorded (or hand-written seed) response: what the offline suite
// re-validates against the spec on every run. Bodies and statuses only: no headers, no
// request, so nothing secret can end up in a fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OperationId } from '../../src/spec/index.js';

export interface ResponseFixture {
  operationId: OperationId;
  status: number;
  /** The parsed JSON body; null for a response without a body (a 202 may have none). */
  body: unknown;
  /** Where it comes from: "live <base url> <iso date>" or "reference §6: ...". */
  source: string;
  /** Seeds only: true when the spec must reject it (proves the validator is not vacuous). */
  mustBeRejected?: boolean;
}

export interface LoadedFixture {
  file: string;
  fixture: ResponseFixture;
}

const OPERATIONS: readonly string[] = ['generateVideo', 'extendVideo', 'editVideo', 'getVideo'];

function parseFixture(file: string, text: string): ResponseFixture {
  const value = JSON.parse(text) as Partial<ResponseFixture>;
  if (!OPERATIONS.includes(String(value.operationId)) || typeof value.status !== 'number' || !('body' in value)) {
    throw new Error(`${file}: not a response fixture (needs operationId, status, body)`);
  }
  return value as ResponseFixture;
}

/** Every `*.json` fixture in a directory (none when it does not exist), sorted by name. */
export function loadFixtures(dir: string): LoadedFixture[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const file = join(dir, name);
    return { file, fixture: parseFixture(file, readFileSync(file, 'utf8')) };
  });
}
