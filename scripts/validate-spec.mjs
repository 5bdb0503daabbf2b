// Structural validation of the spec with swagger-parser (Redocly checks the examples).
import SwaggerParser from '@apidevtools/swagger-parser';

const file = process.argv[2] ?? 'openapi/xai-video.yaml';
try {
  const api = await SwaggerParser.validate(file);
  console.log(`${file}: valid OpenAPI ${api.openapi}, ${Object.keys(api.paths).length} paths`);
} catch (error) {
  console.error(`${file}: ${error.message}`);
  process.exit(1);
}
