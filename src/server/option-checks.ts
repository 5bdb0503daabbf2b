// The value checks every option group shares, and the one error they throw. A check
// returns the value it was given or says what it expected, naming the option as the caller
// spelt it (`faults.errorRate`), so a host can map it back to its own flag.

/** An option that cannot be used; `option` names it as the caller spelt it (`faults.errorRate`). */
export class MockOptionsError extends Error {
  override readonly name = 'MockOptionsError';
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(`${option}: ${message}`);
  }
}

export function fail(option: string, message: string): never {
  throw new MockOptionsError(option, message);
}

/** An unknown key is refused, never ignored: a typo (`pols`) would otherwise do nothing. */
export function onlyKnown(value: object, known: readonly string[], prefix = ''): void {
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined && !known.includes(key)) fail(`${prefix}${key}`, `unknown option (known: ${known.join(', ')})`);
  }
}

export function numberIn(option: string, value: unknown, min: number, max: number, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    fail(option, `expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function boolean(option: string, value: unknown): boolean {
  if (typeof value !== 'boolean') fail(option, `expected true or false, got ${JSON.stringify(value)}`);
  return value;
}

export function text(option: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') fail(option, `expected a non-empty string, got ${JSON.stringify(value)}`);
  return value;
}

export function fn<T extends (...args: never[]) => unknown>(option: string, value: unknown): T {
  if (typeof value !== 'function') fail(option, `expected a function, got ${typeof value}`);
  return value as T;
}
