// `make generate`: rewrites the parts of openapi/xai-video.yaml that derive from its
// capability table (x-model-capabilities), from the one URL grammar
// (derive-url-patterns.mjs) and from the one list of request rules (derive-request-rules.mjs,
// which imports TypeScript: run with tsx), keeping every other byte, comment and style of
// the hand-written YAML (the yaml package's Document API). `--check` writes nothing and
// exits 1 when the derived parts are stale (make lint runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument, Scalar } from 'yaml';
import { derivedValues, withCapabilityTable } from './derive-from-capabilities.mjs';
import { withRequestRules } from './derive-request-rules.mjs';
import { urlPatternValues } from './derive-url-patterns.mjs';

const file = process.argv.find((arg) => arg.endsWith('.yaml')) ?? 'openapi/xai-video.yaml';
const check = process.argv.includes('--check');
const source = readFileSync(file, 'utf8');
const document = parseDocument(source);
const table = document.get('x-model-capabilities')?.toJSON();
if (!Array.isArray(table) || table.length === 0) {
  console.error(`${file}: x-model-capabilities is missing or empty`);
  process.exit(1);
}

const stale = [];
function set(path, value, style) {
  if (isDeepStrictEqual(document.getIn(path)?.toJSON?.() ?? document.getIn(path), value)) return;
  stale.push(path.join('.'));
  if (style === 'block') {
    const scalar = new Scalar(value);
    scalar.type = Scalar.BLOCK_LITERAL;
    document.setIn(path, scalar);
  } else if (Array.isArray(value)) {
    const node = document.createNode(value);
    node.flow = true;
    // `16:9` unquoted is a number (base 60) to a YAML 1.1 reader: quote what has a colon.
    for (const item of node.items) if (String(item.value).includes(':')) item.type = Scalar.QUOTE_SINGLE;
    document.setIn(path, node);
  } else document.setIn(path, value);
}

for (const [path, value, style] of derivedValues(table)) set(path, value, style);
for (const [path, value] of urlPatternValues()) set(path, value);
set(['info', 'description'], withRequestRules(withCapabilityTable(String(document.getIn(['info', 'description'])), table)), 'block');

if (check) {
  if (stale.length > 0) {
    console.error(`${file}: derived from x-model-capabilities but stale: ${stale.join(', ')}; run 'make generate' and commit`);
    process.exit(1);
  }
  console.log(`${file}: the parts derived from x-model-capabilities are current`);
} else {
  const out = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  if (out !== source) writeFileSync(file, out);
  console.log(`${file}: ${stale.length === 0 ? 'already current' : `rewrote ${stale.join(', ')}`}`);
}
