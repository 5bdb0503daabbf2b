// Keeps the API key out of everything the check writes: problem messages, the summary,
// JUnit and JSON reports, recordings. A server may echo the key back (in an error message,
// JSON-escaped or URL-encoded), so each of those spellings is replaced too.

export const REDACTED = '<redacted>';

/** The spellings of a secret that can turn up in a response or a URL. */
function spellingsOf(secret: string): string[] {
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])];
}

/** Replaces every occurrence of a secret in a text. Secrets shorter than 4 characters are left alone (they would redact ordinary words). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    for (const spelling of spellingsOf(secret)) out = out.split(spelling).join(REDACTED);
  }
  return out;
}

/** A redactor bound to the run's secrets. */
export function createRedactor(secrets: readonly string[]): (text: string) => string {
  const kept = secrets.filter((secret) => secret.length >= 4);
  return (text) => redactSecrets(text, kept);
}
