// Loads the contract once; every runtime check derives from it. The built mock reads
// dist/spec/spec.json (made by scripts/build-spec.mjs); from source it parses the YAML.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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
const prebuiltJson = fileURLToPath(new URL('./spec.json', import.meta.url));

let cached: SpecDocument | undefined;

function parseYaml(path: string): SpecDocument {
  // Loaded on demand: the YAML parser costs start-up time the built mock does not need.
  const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return parse(readFileSync(path, 'utf8')) as SpecDocument;
}

export function loadSpecDocument(path: string = specPath): SpecDocument {
  if (path !== specPath) return parseYaml(path);
  cached ??= existsSync(prebuiltJson) ? (JSON.parse(readFileSync(prebuiltJson, 'utf8')) as SpecDocument) : parseYaml(path);
  return cached;
}
