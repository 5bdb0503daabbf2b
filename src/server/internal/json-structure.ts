// What JSON.parse does not tell about a body: how deep it nests, and whether an object
// repeats a key (JSON.parse keeps the last value and drops the others without a word).
// protobuf's JSON parsers, the xai_api messages' own format, refuse a repeated field, and
// Python's json_format and Java's JsonFormat more than 100 levels. Read with jsonc-parser's
// scanner, token by token with an explicit stack: no recursion, so no depth can overflow
// the call stack.
import * as jsonc from 'jsonc-parser';
import { MAX_JSON_DEPTH } from './json-depth.js';

export type JsonStructureProblem = { kind: 'too-deep'; depth: number } | { kind: 'duplicate-key'; key: string; path: string };

// jsonc-parser declares SyntaxKind as a const enum, which an isolated module cannot read:
// take it from the runtime module (Node loads its CommonJS build, bundlers its ESM one;
// both export the enum object).
const KIND = (jsonc as unknown as { SyntaxKind: Record<string, number> }).SyntaxKind as Record<
  'OpenBraceToken' | 'CloseBraceToken' | 'OpenBracketToken' | 'CloseBracketToken' | 'CommaToken' | 'StringLiteral' | 'EOF',
  number
>;

/** One open object (its keys so far) or array (its next index), for the path of a duplicate. */
type Level = { keys: Set<string> | string | undefined; at: string } | { index: number; at: string };

function pathOf(stack: Level[], key: string): string {
  const parts = stack.map((level) => level.at).filter(Boolean);
  return [...parts, key].join('.').replace(/\.\[/g, '[');
}

/** The first structural problem of a JSON text that JSON.parse accepts, or undefined. */
export function checkJsonStructure(text: string, maxDepth = MAX_JSON_DEPTH): JsonStructureProblem | undefined {
  const scanner = jsonc.createScanner(text, true);
  const stack: Level[] = [];
  let expectKey = false;
  let lastKey = '';
  for (let token: number = scanner.scan(); token !== KIND.EOF; token = scanner.scan()) {
    const top = stack.at(-1);
    if (token === KIND.OpenBraceToken || token === KIND.OpenBracketToken) {
      const at = top === undefined ? '' : 'index' in top ? `[${top.index}]` : lastKey;
      stack.push(token === KIND.OpenBraceToken ? { keys: undefined, at } : { index: 0, at });
      if (stack.length > maxDepth) return { kind: 'too-deep', depth: stack.length };
      expectKey = token === KIND.OpenBraceToken;
    } else if (token === KIND.CloseBraceToken || token === KIND.CloseBracketToken) {
      stack.pop();
      expectKey = false;
    } else if (token === KIND.CommaToken) {
      if (top && 'index' in top) top.index += 1;
      expectKey = top !== undefined && 'keys' in top;
    } else if (token === KIND.StringLiteral && expectKey && top && 'keys' in top) {
      const key = scanner.getTokenValue();
      // Most objects have one key: a Set only from the second one on.
      if (top.keys === key || (top.keys instanceof Set && top.keys.has(key)))
        return { kind: 'duplicate-key', key, path: pathOf(stack, key) };
      top.keys = top.keys === undefined ? key : top.keys instanceof Set ? top.keys.add(key) : new Set([top.keys, key]);
      lastKey = key;
      expectKey = false;
    } else expectKey = false;
  }
  return undefined;
}
