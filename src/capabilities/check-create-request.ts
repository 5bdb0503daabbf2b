// The rules of the capability table for a create request that the spec's schema already
// accepted: which model serves the operation, then (for a generation) the model's inputs,
// combinations, resolutions and durations. Returns the first broken rule, or undefined.
import type { CreateOperationId, ModelCapabilities } from '../spec/index.js';
import { defaultModel, findModel, modelsServing, servesOperation } from './capability-table.js';
import { checkGeneration, GENERATION_CHECKS, type GenerationChecks } from './generation-rules.js';
import { listing } from './listing.js';
import { OPERATION_NOUNS, OPERATION_PATHS } from './operation-path.js';
import { type Violation, violation } from './violation.js';

type Body = Record<string, unknown>;

/** The row a request names (`model`, or the default), or undefined for an unknown model. */
export function requestModel(body: Body): ModelCapabilities | undefined {
  return typeof body.model === 'string' ? findModel(body.model) : defaultModel();
}

function sameModels(a: ModelCapabilities[], b: ModelCapabilities[]): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,MethodExpression: with today's table every operation a row lacks is served by the same row (grok-imagine-video)
  return a.length === b.length && a.every((row, i) => row === b[i]);
}

/** "edits and extensions are only on grok-imagine-video": every operation this model lacks that the same models serve. */
function operationViolation(row: ModelCapabilities, operationId: CreateOperationId): Violation {
  const serving = modelsServing(operationId);
  const lacking = (Object.keys(OPERATION_PATHS) as CreateOperationId[]).filter(
    (other) => other !== operationId && !servesOperation(row, other) && sameModels(modelsServing(other), serving),
  );
  const nouns = [operationId, ...lacking].map((id) => OPERATION_NOUNS[id]);
  // Stryker disable next-line ConditionalExpression,StringLiteral: every operation is on some row of today's table
  const where = serving.length === 0 ? 'on no model' : `only on ${listing(serving.map((r) => r.id))}`;
  return violation('operation', 'model', { model: row.id, path: OPERATION_PATHS[operationId], operations: listing(nouns), where });
}

/** The first broken rule of the request's model for the operation; `checks` chooses the generation checks (all by default). */
export function checkCreateRequest(
  operationId: CreateOperationId,
  body: Body,
  checks: GenerationChecks = GENERATION_CHECKS,
): Violation | undefined {
  const row = requestModel(body);
  if (!row) {
    // Only a string names no row (requestModel); cut, as it is echoed back.
    return violation('unknown-model', 'model', { model: String(body.model).slice(0, 64) });
  }
  if (!servesOperation(row, operationId)) return operationViolation(row, operationId);
  // Stryker disable next-line ConditionalExpression: an extension or edit body the schema took breaks no generation rule (no resolution, inputs or keyframes)
  return operationId === 'generateVideo' ? checkGeneration(row, body, checks) : undefined;
}
