// x-request-id values: UUID-shaped (version 4, RFC 9562 variant), unique per exchange.
// They name an exchange for logs and support, so they must be unique, not unpredictable:
// 74 random bits drawn once per core, then a 48-bit counter from a random start.
// crypto.randomUUID on every answer cost about a third of a µs a poll under load (its
// entropy pool is refilled from the OS every 128 ids; bench/README.md).
const LOW_BITS = 12;
const LOW_SPAN = 2 ** LOW_BITS;
const HIGH_SPAN = 2 ** (48 - LOW_BITS);

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
// The counter's last three hex digits, written once: an id is then two concatenations.
const LOW_DIGITS = Array.from({ length: LOW_SPAN }, (_, low) => low.toString(16).padStart(3, '0'));

export function createRequestIds(
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => globalThis.crypto.getRandomValues(bytes),
): () => string {
  const seed = random(new Uint8Array(16));
  seed[6] = (seed[6]! & 0x0f) | 0x40; // version 4
  seed[8] = (seed[8]! & 0x3f) | 0x80; // variant 10
  const digits = hex(seed);
  const fixed = `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-`;
  let high = Number.parseInt(digits.slice(20, 29), 16);
  let low = Number.parseInt(digits.slice(29), 16);
  let head = fixed + high.toString(16).padStart(9, '0');
  return () => {
    low = (low + 1) % LOW_SPAN;
    if (low === 0) {
      high = (high + 1) % HIGH_SPAN;
      head = fixed + high.toString(16).padStart(9, '0');
    }
    return head + LOW_DIGITS[low];
  };
}
