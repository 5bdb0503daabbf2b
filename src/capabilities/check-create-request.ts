// The rules of the capability table for a create request that the spec's schema already
// accepted: which model serves the operation, then (for a generation) the model's inputs,
// combinations, resolutions and durations. Returns the first broken rule, or undefined.
import type { CreateOperationId, ModelCapabilities } from '../spec/index.js';
import { defaultModel, findModel, modelsServing, servesOperation } from './capability-table.js';
import { checkGeneration } from './generation-rules.js';
import { listing } from './listing.js';
import { OPERATION_NOUNS, OPERATION_PATHS } from './operation-path.js';
import { type Violation, violation } from './violation.js';

type Body = Record<string, unknown>;

/** The row a request names (`model`, or the default), or undefined for an unknown model. */
export function requestModel(body: Body): ModelCapabilities | undefined {
  return typeof body.model === 'string' ? findModel(body.model) : defaultModel();
}

function sameModels(a: ModelCapabilities[], b: ModelCapabilities[]): boolean {
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

/** "edits and extensions are only on grok-imagine-video": every operation this model lacks that the same models serve. */
function operationViolation(row: ModelCapabilities, operationId: CreateOperationId): Violation {
  const serving = modelsServing(operationId);
  const lacking = (Object.keys(OPERATION_PATHS) as CreateOperationId[]).filter(
    (other) => other !== operationId && !servesOperation(row, other) && sameModels(modelsServing(other), serving),
  );
  const nouns = [operationId, ...lacking].map((id) => OPERATION_NOUNS[id]);
  const where = serving.length === 0 ? 'on no model' : `only on ${listing(serving.map((r) => r.id))}`;
  return violation(
    400,
    'model',
    'operation',
    `model ${row.id} does not support ${OPERATION_PATHS[operationId]}: ${listing(nouns)} ${nouns.length > 1 ? 'are' : 'is'} ${where}`,
  );
}

export function checkCreateRequest(operationId: CreateOperationId, body: Body): Violation | undefined {
  const row = requestModel(body);
  if (!row) {
    const name = String(body.model).slice(0, 64);
    return violation(404, 'model', 'unknown-model', `The model ${name} does not exist or your team does not have access to it.`);
  }
  if (!servesOperation(row, operationId)) return operationViolation(row, operationId);
  return operationId === 'generateVideo' ? checkGeneration(row, body) : undefined;
}
