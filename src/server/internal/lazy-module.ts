// A module loaded on first use, then held. Kept out of a browser bundle's first chunk like
// any dynamic import(), but import() walks the module loader on every call: on the POST
// path that was about a tenth of the Node host's throughput (node --cpu-prof under wrk).
export function lazyModule<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined; // a failed load (a chunk that did not arrive) is tried again next time
      throw error;
    }));
}
