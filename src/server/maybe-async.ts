// The core stays synchronous where it can: a poll with an in-memory store never waits on a
// promise, so it costs no microtask turns. A store or a stage that does need to wait (a
// Redis store, a body to read, fault latency) returns a promise, and the pipeline follows.
export type MaybeAsync<T> = T | Promise<T>;

/** `next(value)`, at once for a plain value, after it settles for a promise. */
export function andThen<T, U>(value: MaybeAsync<T>, next: (value: T) => MaybeAsync<U>): MaybeAsync<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}
