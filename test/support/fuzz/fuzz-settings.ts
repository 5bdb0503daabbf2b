// How much to fuzz and with which seed. `make test`: a fixed seed and FUZZ_RUNS=2,100
// (reproducible run to run); `make fuzz`: FUZZ_RUNS=20000 and a fresh seed. The value
// fuzzer sends FUZZ_RUNS requests, the structure fuzzer a quarter as many, the schema-valid
// property a sixth. Either way the seed is printed, and FUZZ_SEED=<seed> replays a run.
export const DEFAULT_FUZZ_SEED = 20_261_128;
export const DEFAULT_FUZZ_RUNS = 2_100;

export interface FuzzSettings {
  seed: number;
  /** Requests in total, spread over the properties. */
  runs: number;
}

export function resolveFuzzSettings(env: NodeJS.ProcessEnv = process.env): FuzzSettings {
  const runs = Number(env.FUZZ_RUNS ?? DEFAULT_FUZZ_RUNS);
  const seedText = env.FUZZ_SEED ?? String(DEFAULT_FUZZ_SEED);
  const seed = seedText === 'random' ? Date.now() % 2 ** 31 : Number(seedText);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a positive integer (got ${env.FUZZ_RUNS})`);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer or "random" (got ${seedText})`);
  return { seed, runs };
}
