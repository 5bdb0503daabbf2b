// "a", "a and b", "a, b and c": model and field lists in messages.
export function listing(items: readonly string[]): string {
  // Stryker disable next-line StringLiteral: joining one item or none uses no separator
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
