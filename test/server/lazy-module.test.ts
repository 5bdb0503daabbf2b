// Modules the core loads on first use (the JSON structure scanner, the media readers):
// loaded once and then held, and a load that failed (a browser chunk that did not arrive)
// is tried again instead of failing every request after it.
import { describe, expect, it } from 'vitest';
import { lazyModule } from '../../src/server/internal/lazy-module.js';

describe('lazyModule', () => {
  it('loads on the first call only and gives every caller the same module', async () => {
    let loads = 0;
    const load = lazyModule(async () => ({ id: ++loads }));
    expect(loads).toBe(0);
    const [a, b] = await Promise.all([load(), load()]);
    const c = await load();
    expect(loads).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });

  it('tries again after a failed load', async () => {
    let attempt = 0;
    const load = lazyModule(async () => {
      attempt++;
      if (attempt === 1) throw new Error('chunk failed to load');
      return { attempt };
    });
    await expect(load()).rejects.toThrow('chunk failed to load');
    await expect(load()).resolves.toEqual({ attempt: 2 });
    await expect(load()).resolves.toEqual({ attempt: 2 });
    expect(attempt).toBe(2);
  });
});
