// The cross-field rules stage: the live API's rules that a JSON schema cannot say, checked
// after the schema. They are the capability table's, per model (src/capabilities): a broken
// rule comes back from there as data and leaves here as the catalogue error of its status:
// 400 for a combination the model refuses, 422 for a field's own value (a missing prompt),
// 404 for an unknown model.
import { checkCreateRequest, checkSourceVideo, requestModel, type Violation } from '../../capabilities/index.js';
import type { Operation, SourceVideo } from '../../lifecycle/index.js';
import type { CreateOperationId } from '../../spec/index.js';
import { type ApiError, apiError } from '../error-catalogue.js';
import type { Body } from './read-body.js';

export interface RuleInput {
  operation: Operation;
  body: Body;
  /** What is known of the source video (extensions and edits), once it has been read or assumed. */
  source?: SourceVideo;
}

export const OPERATION_IDS: Readonly<Record<Operation, CreateOperationId>> = {
  generation: 'generateVideo',
  extension: 'extendVideo',
  edit: 'editVideo',
};

function toApiError(broken: Violation, body: Body): ApiError {
  if (broken.status === 404) return apiError('404 not-found', 'unknownModel', { model: String(body.model).slice(0, 64) });
  if (broken.status === 422) return apiError('422 invalid-argument', 'field', { detail: broken.message });
  return apiError('400 invalid-argument', 'combination', { detail: broken.message });
}

function sourceViolation(operationId: CreateOperationId, body: Body, source: SourceVideo): Violation | undefined {
  const row = requestModel(body);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: only extensions and edits come with a source, and a missing row was refused above
  if (!row || operationId === 'generateVideo') return undefined;
  return checkSourceVideo(row, operationId, source.durationSeconds);
}

/** The first rule of the request's model the request breaks (and, given one, its source video), or undefined. */
export function checkRequestRules({ operation, body, source }: RuleInput): ApiError | undefined {
  const operationId = OPERATION_IDS[operation];
  const broken = checkCreateRequest(operationId, body) ?? (source ? sourceViolation(operationId, body, source) : undefined);
  return broken && toApiError(broken, body);
}
