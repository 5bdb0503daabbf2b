// The run-level check that the suite leaves the temporary directory empty
// (test/support/temp-dir-guard.ts, vitest's globalSetup) fails on what a test forgets.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import setup from '../support/temp-dir-guard.js';

const exitCode = process.exitCode;
afterEach(() => {
  process.exitCode = exitCode;
});

describe('the temporary-directory guard', () => {
  it('this run has a temporary directory of its own', () => {
    expect(tmpdir()).toMatch(/[/\\]xai-video-suite-[^/\\]+$/);
  });

  it('passes a run that cleaned up, and restores TMPDIR', () => {
    const before = process.env.TMPDIR;
    const teardown = setup();
    const dir = tmpdir();
    expect(dir).not.toBe(before);
    teardown();
    expect(process.env.TMPDIR).toBe(before);
    expect(existsSync(dir)).toBe(false);
    expect(process.exitCode).toBe(exitCode);
  });

  it("ignores the tools' own caches (jiti, Node's compile cache, tsx) and removes them with the run's directory", () => {
    const teardown = setup();
    const dir = tmpdir();
    for (const cache of ['jiti', 'node-compile-cache', 'tsx-0']) mkdirSync(join(dir, cache));
    teardown();
    expect(existsSync(dir)).toBe(false);
    expect(process.exitCode).toBe(exitCode);
  });

  it('fails a run that left a folder behind, names it, and removes it', () => {
    const teardown = setup();
    const leftover = mkdtempSync(join(tmpdir(), 'mock-video-'));
    mkdirSync(join(tmpdir(), 'browser-test-x'));
    expect(() => teardown()).toThrow(/left 2 entries in the temporary directory: browser-test-x, mock-video-/);
    expect(process.exitCode).toBe(1);
    expect(existsSync(dirname(leftover))).toBe(false);
  });
});
