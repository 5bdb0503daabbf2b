// The start of a value's JSON text, for error messages that say what was sent. It walks
// only as much of the value as it prints, so a body nested 100,000 levels deep or a 20 MB
// string costs no more than a short one (JSON.stringify would walk, and recurse through,
// all of it: a stack overflow, answered 500, for deeply nested arrays).

/** JSON text of `value`, at least `limit` characters of it when it is that long. */
export function jsonPreview(value: unknown, limit: number): string {
  let out = '';
  /** Appends; false once the preview is long enough (every level appends at least one character, so depth ≤ limit). */
  const emit = (text: string): boolean => {
    out += text;
    return out.length < limit;
  };
  const walk = (node: unknown): boolean => {
    if (typeof node === 'string') return emit(JSON.stringify(node.length > limit ? node.slice(0, limit) : node));
    if (typeof node !== 'object' || node === null) return emit(String(node)); // 1e400 parses to Infinity: say so
    if (Array.isArray(node)) {
      if (!emit('[')) return false;
      for (let i = 0; i < node.length; i++) if ((i > 0 && !emit(',')) || !walk(node[i])) return false;
      return emit(']');
    }
    if (!emit('{')) return false;
    let first = true;
    // for...in stops with the preview; Object.entries would copy a million keys first.
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      const name = JSON.stringify(key.length > limit ? key.slice(0, limit) : key);
      if ((!first && !emit(',')) || !emit(`${name}:`) || !walk((node as Record<string, unknown>)[key])) return false;
      first = false;
    }
    return emit('}');
  };
  walk(value);
  return out;
}
