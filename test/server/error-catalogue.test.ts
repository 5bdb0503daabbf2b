// The mock's error catalogue, the spec and the README agree in both directions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_WHEN } from '../../src/server/error-catalogue-when.js';
import { CATALOGUED_STATUSES, ERROR_CATALOGUE, type ErrorKey, injectedError } from '../../src/server/index.js';
import { INJECTABLE_STATUSES } from '../../src/lifecycle/index.js';
import { createSpecValidators, loadSpecDocument } from '../../src/spec/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const catalogueTable = readme.slice(readme.indexOf('## Mock error catalogue'));
const tableRows = new Map([...catalogueTable.matchAll(/^\| (\d{3}) \| `([^`]+)` \| (.*) \|$/gm)].map((m) => [`${m[1]} ${m[2]}`, m[3]]));
/**
 * Statuses only the mock's own routes (video files, wrong methods) or the Node host's
 * socket layer (too slow, a head too large, another HTTP version) produce: not API operations.
 */
const MOCK_ROUTE_ONLY = new Set([405, 408, 416, 417, 431, 505]);
/** Codes the mock adds to the live API's: strict mode's own 500. */
const MOCK_ONLY_CODES = new Set(['mock-contract-violation']);
const specText = JSON.stringify(loadSpecDocument());
const validators = createSpecValidators();
const entries = Object.entries(ERROR_CATALOGUE).map(([key, entry]) => ({
  key,
  status: Number(key.slice(0, 3)),
  code: key.slice(4),
  when: ERROR_WHEN[key as ErrorKey],
  ...entry,
}));

describe('error catalogue', () => {
  it('has one README row per entry, with the same "when", and no other row', () => {
    expect([...tableRows.keys()].sort()).toEqual(entries.map((e) => e.key).sort());
    for (const entry of entries) expect(tableRows.get(entry.key), entry.key).toBe(entry.when);
  });

  it('every API status the catalogue can produce is documented in the spec for the POSTs', () => {
    const documented = new Set(validators.statuses('generateVideo'));
    for (const { status } of entries) if (!MOCK_ROUTE_ONLY.has(status)) expect(documented, `status ${status}`).toContain(status);
  });

  it('every catalogue error body validates against the spec ErrorBody, and its code is listed in the spec', () => {
    for (const { status, code, messages } of entries) {
      if (MOCK_ROUTE_ONLY.has(status) || MOCK_ONLY_CODES.has(code) || code === 'imagine:content-moderated') continue;
      for (const message of Object.values(messages)) {
        expect(validators.validateResponse('generateVideo', status, { code, error: message })).toEqual([]);
      }
      expect(specText, code).toContain(code);
    }
  });

  it('answers every injectable status, with Retry-After where the live API may send it', () => {
    for (const status of INJECTABLE_STATUSES) {
      const error = injectedError(status, 'test');
      expect(error.status).toBe(status);
      expect(error.message).toContain('(test)');
      expect(Boolean(error.headers['retry-after'])).toBe([429, 503, 529].includes(status));
    }
    for (const status of CATALOGUED_STATUSES) expect(validators.statuses('generateVideo')).toContain(status);
    expect(() => injectedError(418, 'teapot')).toThrow(RangeError);
  });
});
