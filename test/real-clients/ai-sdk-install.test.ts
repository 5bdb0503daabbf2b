// Says, in every run, whether the AI SDK suite (ai-sdk.test.ts) runs and why not: it needs
// Node >= 22 and the examples' own install, which `make test-node-matrix` provides.
import { describe, expect, it } from 'vitest';
import { examplesInstall } from '../support/examples-install.js';

const install = examplesInstall();

describe('the AI SDK suite', () => {
  if (!install.ready) it.skip(`ai-sdk.test.ts does not run here: ${install.reason}`, () => {});

  it('is refused below Node 22 even when installed (ai 7 and @ai-sdk/xai 5 declare Node >= 22)', () => {
    expect(examplesInstall('20.19.0')).toEqual({ ready: false, reason: expect.stringContaining('declare Node >= 22') });
    expect(examplesInstall('21.7.3').ready).toBe(false);
  });
});
