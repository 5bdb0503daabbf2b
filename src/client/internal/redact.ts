/**
 * Removes a secret from text and from every string inside a JSON-like value. Error
 * bodies are echoed into error objects, and some APIs quote the key they rejected;
 * an error must be safe to log. Secrets shorter than 8 characters are not real keys
 * (and replacing them would mangle ordinary text), so they are left alone.
 */
const MIN_SECRET_LENGTH = 8;
const MASK = '[REDACTED]';

export function redactText(text: string, secret: string): string {
  if (secret.length < MIN_SECRET_LENGTH) return text;
  return text.split(secret).join(MASK);
}

export function redactDeep(value: unknown, secret: string): unknown {
  if (typeof value === 'string') return redactText(value, secret);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secret));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = redactDeep(item, secret);
  return out;
}
