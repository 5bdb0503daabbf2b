// The response headers the spec requires (`required: true`, OpenAPI 3.0.3 §4.7.21) for an
// operation and status, resolving the spec's $refs. Headers without `required` are
// optional: checked for form when present (response-check.ts), never demanded.
import type { OperationId, SpecDocument } from '../spec/index.js';

type Ref = { $ref?: string };
type HeaderObject = Ref & { required?: boolean };
type ResponseObject = Ref & { headers?: Record<string, HeaderObject> };

function resolve<T extends Ref>(document: SpecDocument, value: T): T {
  if (!value.$ref) return value;
  const [, , section, name] = value.$ref.split('/');
  const components = document.components as unknown as Record<string, Record<string, T>>;
  const target = section && name ? components[section]?.[name] : undefined;
  if (!target) throw new Error(`spec: unresolved ${value.$ref}`);
  return resolve(document, target);
}

export function requiredResponseHeaders(document: SpecDocument, operationId: OperationId, status: number): string[] {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId !== operationId) continue;
      const raw = operation.responses[String(status)] as ResponseObject | undefined;
      if (!raw) return [];
      const headers = resolve(document, raw).headers ?? {};
      return Object.entries(headers)
        .filter(([, header]) => resolve(document, header).required === true)
        .map(([name]) => name.toLowerCase());
    }
  }
  return [];
}
