// The live API's rules that a JSON schema cannot say, checked after the schema: they are
// the capability table's (src/capabilities), per model. A broken rule comes back as data
// and leaves here as the catalogue error of its status: 400 for a combination the model
// refuses, 422 for a field's own value (a missing prompt), 404 for an unknown model.
import { checkCreateRequest, checkSourceVideo, requestModel, type Violation } from '../capabilities/index.js';
import type { CreateOperationId } from '../spec/index.js';
import { ApiError, type ErrorName } from './api-error.js';

type Body = Record<string, unknown>;

const ERROR_OF: Record<Violation['status'], ErrorName> = { 400: 'invalidCombination', 404: 'notFound', 422: 'invalidField' };

function raise(broken: Violation | undefined): void {
  if (broken) throw new ApiError(ERROR_OF[broken.status], broken.message);
}

/** Every rule of the request's model for this operation; throws the first broken one. */
export function checkCreateRules(operationId: CreateOperationId, body: Body): void {
  raise(checkCreateRequest(operationId, body));
}

/** The source video's length against the model's limits (extensions and edits). */
export function checkSourceLength(operationId: 'extendVideo' | 'editVideo', body: Body, seconds: number): void {
  const row = requestModel(body);
  if (row) raise(checkSourceVideo(row, operationId, seconds));
}
