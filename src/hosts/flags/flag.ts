// One CLI flag's shape and the conversions the flag groups share. Its own module so the
// group tables (*-flags.ts) and the table that joins them (flags.ts) import it and
// never each other. A flag only converts its value; normaliseMockOptions checks it.
import type { MockControls, MockOptions } from '../../server/index.js';

export type FlagValue = string | boolean | string[];

/** The groups of `--help`, in the order it lists them. */
export const GROUPS = ['Server', 'Limits', 'Jobs', 'Auth', 'Faults (off by default, seeded)', 'Other'] as const;
export type Group = (typeof GROUPS)[number];

export interface Flag {
  name: string;
  short?: string;
  /** The value's placeholder in --help; none for a boolean flag. */
  arg?: string;
  /**
   * The value the flag means when given without one (`--rate-limit` alone, last or before
   * another flag); `--help` shows the value as optional, `[n]`.
   */
  bare?: string;
  multiple?: boolean;
  /** The CLI's value when the flag is not given (where it differs from the option's own default). */
  default?: string;
  group: Group;
  help: string;
  /** The option the flag sets, as normaliseMockOptions names it in its errors. */
  option?: string;
  apply?(options: MockOptions, value: FlagValue, controls: MockControls): void;
}

/** A flag's number; only "is it a number" is said here, the range is the option's. */
export const number = (flag: string, value: string): number => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`--${flag}: expected a number, got "${value}"`);
  return n;
};
