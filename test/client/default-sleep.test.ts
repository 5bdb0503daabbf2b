// The client's own sleep (used when no `sleep` option is given), on vitest's fake timers:
// it waits the whole interval, and an abort ends it at once with the signal's reason,
// before or during the wait; a finished wait leaves no listener on a shared signal.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSleep } from '../../src/client/internal/default-sleep.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const settled = async (promise: Promise<void>) => {
  let state = 'pending';
  promise.then(
    () => {
      state = 'resolved';
    },
    () => {
      state = 'rejected';
    },
  );
  await vi.advanceTimersByTimeAsync(0);
  return state;
};

describe('defaultSleep', () => {
  it('resolves after the interval, not before', async () => {
    const sleep = defaultSleep(1_000);
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled(sleep)).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(sleep)).toBe('resolved');
  });

  it('rejects at once with the reason of a signal aborted before it', async () => {
    const reason = new Error('gone');
    await expect(defaultSleep(1_000, AbortSignal.abort(reason))).rejects.toBe(reason);
  });

  it('rejects with the reason when aborted during the wait, and its timer is cleared', async () => {
    const controller = new AbortController();
    const sleep = defaultSleep(1_000, controller.signal);
    await vi.advanceTimersByTimeAsync(500);
    const reason = new Error('user left');
    controller.abort(reason);
    await expect(sleep).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a finished wait stops listening: a later abort of the same signal is no longer its business', async () => {
    const controller = new AbortController();
    const removed = vi.spyOn(controller.signal, 'removeEventListener');
    const sleep = defaultSleep(10, controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    await expect(sleep).resolves.toBeUndefined();
    expect(removed).toHaveBeenCalledWith('abort', expect.any(Function));
  });
});
