// The first flag of a command line that a tool does not define, said with the nearest flag
// it does ("did you mean --instant?"): parseArgs' own complaint names no alternative.
// Lenient parseArgs tokens find it; the tool's strict parse comes after.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { suggestFlag } from './suggest-flag.js';

export type FlagOptions = NonNullable<ParseArgsConfig['options']>;

export function unknownFlag(args: string[], options: FlagOptions): string | undefined {
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option' || Object.hasOwn(options, token.name)) continue;
    const hint = suggestFlag(token.rawName, Object.keys(options));
    return `unknown option ${token.rawName}${hint ? ` (did you mean ${hint}?)` : ''}`;
  }
  return undefined;
}
