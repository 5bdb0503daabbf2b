// Loads the contract (openapi/xai-video.yaml) once; every runtime check derives from it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The parts of an OpenAPI 3.0 document this kit reads. */
export interface SpecDocument {
  openapi: string;
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, ResponseObject> };
}

export interface OperationObject {
  operationId: string;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, ResponseObject | { $ref: string }>;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: unknown }>;
}

/** Path of the spec, both from src/ (vitest, tsx) and dist/ (built). */
export const specPath = fileURLToPath(new URL('../../openapi/xai-video.yaml', import.meta.url));

let cached: SpecDocument | undefined;

export function loadSpecDocument(path: string = specPath): SpecDocument {
  if (path === specPath && cached) return cached;
  const document = parse(readFileSync(path, 'utf8')) as SpecDocument;
  if (path === specPath) cached = document;
  return document;
}
