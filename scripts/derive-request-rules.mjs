// The spec's "Request rules" section: the one list of the rules a schema cannot state
// (src/capabilities/cross-field-rules.ts), rendered as a table between markers in
// info.description. Needs tsx (it imports TypeScript): `make generate` runs it so.
import { CROSS_FIELD_RULES } from '../src/capabilities/cross-field-rules.ts';

export const RULES_START = '<!-- request-rules: derived from src/capabilities/cross-field-rules.ts by `make generate`; do not edit -->';
export const RULES_END = '<!-- /request-rules -->';

const OPERATIONS = { generateVideo: 'generations', extendVideo: 'extensions', editVideo: 'edits' };
const cell = (text) => text.replace(/\|/g, '\\|');

export function requestRulesMarkdown() {
  const lines = ['| rule | status | on | what it says | message |', '|---|---|---|---|---|'];
  for (const [rule, { status, operations, says, message }] of Object.entries(CROSS_FIELD_RULES)) {
    const on = operations.map((id) => OPERATIONS[id]).join(', ');
    lines.push(`| \`${rule}\` | ${status} | ${on} | ${cell(says)} | \`${cell(message)}\` |`);
  }
  return lines.join('\n');
}

/** info.description with the text between the request-rules markers replaced by the list. */
export function withRequestRules(description) {
  const start = description.indexOf(RULES_START);
  const end = description.indexOf(RULES_END);
  if (start < 0 || end < start) throw new Error(`info.description needs the markers ${RULES_START} … ${RULES_END}`);
  return `${description.slice(0, start + RULES_START.length)}\n${requestRulesMarkdown()}\n${description.slice(end)}`;
}
