// Dredd checks an OpenAPI 3 body only against the keys of its first example; the hooks put
// the real response schema back, from the dereferenced spec (swagger-parser).
'use strict';

const SwaggerParser = require('@apidevtools/swagger-parser');

async function loadResponseSchemas(specPath) {
  const document = await SwaggerParser.dereference(specPath);
  const schemas = new Map();
  const requiredHeaders = new Map();
  const operations = new Map();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      operations.set(`${method.toUpperCase()} ${path}`, operation.operationId);
      for (const [status, response] of Object.entries(operation.responses)) {
        const schema = response.content?.['application/json']?.schema;
        if (schema) schemas.set(`${operation.operationId} ${status}`, schema);
        const headers = Object.entries(response.headers || {}).filter(([, header]) => header.required === true);
        requiredHeaders.set(
          `${operation.operationId} ${status}`,
          headers.map(([name]) => name.toLowerCase()),
        );
      }
    }
  }
  return { schemas, requiredHeaders, operations };
}

/** The schema as gavel wants it: JSON text, declared draft-07 (gavel otherwise guesses draft-04). */
function bodySchemaText(schema) {
  return JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...schema });
}

/**
 * Dredd expects every documented response header; OpenAPI makes a header optional unless
 * `required: true` (3.0.3 §4.7.21), so the optional ones are taken out of its expectations.
 */
function keepRequiredHeaders(expectedHeaders, required) {
  for (const name of Object.keys(expectedHeaders)) {
    const lower = name.toLowerCase();
    if (lower !== 'content-type' && !required.includes(lower)) delete expectedHeaders[name];
  }
}

module.exports = { loadResponseSchemas, bodySchemaText, keepRequiredHeaders };
