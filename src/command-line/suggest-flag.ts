// "did you mean --base-url?" for a mistyped flag: the known flag nearest in edit distance,
// when it is near enough to be a typo rather than another word.
import { closest, distance } from 'fastest-levenshtein';

export function suggestFlag(typed: string, known: readonly string[]): string | undefined {
  const name = typed.replace(/^-+/, '').split('=')[0] ?? '';
  if (name === '' || known.length === 0) return undefined;
  const nearest = closest(name, known);
  const allowed = Math.max(2, Math.floor(nearest.length / 3));
  return distance(name, nearest) <= allowed ? `--${nearest}` : undefined;
}
