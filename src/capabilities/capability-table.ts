// The capability table as the rules, pricing and models endpoint use it: rows looked up
// by model id or alias. The rows come from the spec (`x-model-capabilities`) through the
// one accessor in src/spec, so nothing here holds a second copy. That accessor is the
// spec's portable entry: in a browser (MSW) the build has put the table there as data.
import type { CreateOperationId, ModelCapabilities } from '../spec/index.js';
import { capabilityTable } from '../spec/spec-bundle.js';

interface Lookup {
  rows: readonly ModelCapabilities[];
  byName: ReadonlyMap<string, ModelCapabilities>;
}

let lookup: Lookup | undefined;

function load(): Lookup {
  // Stryker disable next-line ConditionalExpression: a cache: the rows are the same on every load
  if (lookup) return lookup;
  const rows = capabilityTable();
  const byName = new Map<string, ModelCapabilities>();
  for (const row of rows) for (const name of [row.id, ...row.aliases]) byName.set(name, row);
  lookup = { rows, byName };
  return lookup;
}

/** Every row, in the table's order (the first is the default model). */
export function capabilityRows(): readonly ModelCapabilities[] {
  return load().rows;
}

/** The row of a model id or alias, or undefined for an unknown model. */
export function findModel(name: string): ModelCapabilities | undefined {
  return load().byName.get(name);
}

/** The model a request without `model` gets: the table's first row (the spec's default). */
export function defaultModel(): ModelCapabilities {
  const [first] = load().rows;
  // Stryker disable next-line ConditionalExpression,StringLiteral: the spec has rows (scripts/validate-spec.mjs)
  if (!first) throw new Error('capabilities: the table has no rows');
  return first;
}

/** Every accepted name: ids and aliases. */
export function modelNames(): string[] {
  return [...load().byName.keys()];
}

export function servesOperation(row: ModelCapabilities, operationId: CreateOperationId): boolean {
  return row.operations[operationId] !== undefined;
}

export function modelsServing(operationId: CreateOperationId): ModelCapabilities[] {
  return load().rows.filter((row) => servesOperation(row, operationId));
}
