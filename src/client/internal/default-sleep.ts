/**
 * `setTimeout`-based sleep that rejects with the signal's reason when aborted. Works in
 * browsers and Node alike; the listener is removed once the timer fires so long polls
 * do not pile listeners onto a shared signal.
 */
export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      // Stryker disable next-line OptionalChaining: onAbort is only registered on a signal
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: an AbortSignal fires abort once; once only spares the removal
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
