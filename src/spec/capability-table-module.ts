// The capability table as an ES module of data, for what runs without the spec document:
// the build's portable spec-bundle.js (scripts/build-spec.mjs) and the playground's browser
// bundle (src/playground/server/playground-assets.ts). Both read it as spec-bundle.ts
// exports it, through `capabilityTable()`, so src/capabilities works the same everywhere.
import type { ModelCapabilities } from './model-capabilities.js';

export function capabilityTableModule(table: readonly ModelCapabilities[]): string {
  return `const table = ${JSON.stringify(table)};
export function capabilityTable() {
  return table;
}
`;
}
