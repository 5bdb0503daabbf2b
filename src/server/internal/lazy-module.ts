// A module loaded on first use, then held. Kept out of a browser bundle's first chunk like
// any dynamic import(), but import() walks the module loader on every call: on the POST
// path that was about a tenth of the Node host's throughput (node --cpu-prof under wrk).
export interface LazyModule<T> {
  (): Promise<T>;
  /** The module once loaded, without waiting a microtask turn; undefined before. */
  ready(): T | undefined;
}

export function lazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  let loaded: Promise<T> | undefined;
  let value: T | undefined;
  const get = () =>
    (loaded ??= load().then(
      (module) => (value = module),
      (error: unknown) => {
        loaded = undefined; // a failed load (a chunk that did not arrive) is tried again next time
        throw error;
      },
    ));
  return Object.assign(get, { ready: () => value });
}
