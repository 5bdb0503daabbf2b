// Strict mode: every API response the mock sends is checked against the spec first. A
// violation is a mock bug; it is logged and answered as a loud 500 naming the problem,
// so a test that runs the mock in strict mode cannot pass over it.
import type { OperationId } from '../../spec/index.js';
import type { MockContext } from '../mock-context.js';
import type { Reply } from '../mock-request.js';

export function checkStrict(operationId: OperationId, reply: Reply, context: MockContext): Reply {
  const problems = context.validators.validateResponse(operationId, reply.status, reply.json);
  if (problems.length === 0) return reply;
  const detail = problems.map((p) => `${p.where} ${p.message}`).join('; ');
  context.options.log(
    JSON.stringify({ level: 'error', msg: 'strict: response violates the spec', operationId, status: reply.status, detail }),
  );
  return {
    status: 500,
    json: {
      code: 'mock-contract-violation',
      error: `strict mode: the mock's ${reply.status} response to ${operationId} violates the spec: ${detail}`,
    },
  };
}
