// The mock's error catalogue, the spec and the README agree in both directions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../../src/server/error-catalogue.js';
import { createSpecValidators, loadSpecDocument } from '../../src/spec/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const catalogueTable = readme.slice(readme.indexOf('## Mock error catalogue'));
const tableRows = [...catalogueTable.matchAll(/^\| (\d{3}) \| `([^`]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`);
/** Statuses only the mock's own routes (video files, wrong methods) produce: not API operations. */
const MOCK_ROUTE_ONLY = new Set([405, 416]);
const specText = JSON.stringify(loadSpecDocument());
const validators = createSpecValidators();

describe('error catalogue', () => {
  const entries = Object.values(ERROR_CATALOGUE).map((e) => `${e.status} ${e.code}`);

  it('every catalogue entry is in the README table, and every table row is in the catalogue', () => {
    expect(new Set(tableRows)).toEqual(new Set([...entries, '500 mock-contract-violation']));
  });

  it('every API status the catalogue can produce is documented in the spec for the POSTs', () => {
    const documented = new Set(validators.statuses('generateVideo'));
    for (const { status } of Object.values(ERROR_CATALOGUE)) {
      if (!MOCK_ROUTE_ONLY.has(status)) expect(documented, `status ${status}`).toContain(status);
    }
  });

  it('every catalogue error body validates against the spec ErrorBody, and its code is listed in the spec', () => {
    for (const { status, code } of Object.values(ERROR_CATALOGUE)) {
      if (MOCK_ROUTE_ONLY.has(status) || code === 'imagine:content-moderated') continue;
      expect(validators.validateResponse('generateVideo', status, { code, error: 'x' })).toEqual([]);
      expect(specText, code).toContain(code);
    }
  });
});
