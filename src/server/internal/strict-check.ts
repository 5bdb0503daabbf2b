// Strict mode: every API response the mock sends is checked against the spec first. A
// violation is a mock bug; it is logged and answered as a loud 500 naming the problem,
// so a test that runs the mock in strict mode cannot pass over it.
import type { OperationId, ResponseProblem } from '../../spec/index.js';
import { apiError } from '../error-catalogue.js';
import { errorReply, type MockReply } from '../mock-request.js';

export type ValidateResponse = (operationId: OperationId, status: number, body: unknown) => ResponseProblem[];

export function checkStrict(
  operationId: OperationId,
  reply: MockReply,
  validate: ValidateResponse,
  log: (line: string) => void,
): MockReply {
  const problems = validate(operationId, reply.status, reply.json);
  if (problems.length === 0) return reply;
  const detail = problems.map((p) => `${p.where} ${p.message}`).join('; ');
  log(JSON.stringify({ level: 'error', msg: 'strict: response violates the spec', operationId, status: reply.status, detail }));
  return {
    ...errorReply(apiError('500 mock-contract-violation', 'strict', { status: reply.status, operationId, detail })),
    jobId: reply.jobId,
  };
}
