// Loads recorded (or hand-written seed) responses: what the offline suite re-validates
// against the spec on every run. The on-disk form is the check's recording
// (src/contract/fixture-recorder.ts): bodies and statuses only, no headers, no request.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedResponse } from '../../src/contract/index.js';

export type ResponseFixture = RecordedResponse;

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
