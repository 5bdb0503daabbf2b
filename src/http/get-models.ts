// GET /v1/video-generation-models and /{model_id}: answered from the capability table
// (src/capabilities), in the shape of xAI's own model listing. An unknown model is a 404.
import { findVideoGenerationModel, videoGenerationModelsBody } from '../capabilities/index.js';
import { ApiError } from './api-error.js';
import type { Reply } from './reply.js';

export function listModels(): Reply {
  return { status: 200, json: videoGenerationModelsBody() };
}

export function getModel(modelId: string): Reply {
  const model = findVideoGenerationModel(modelId);
  if (!model) {
    throw new ApiError('notFound', `The model ${modelId.slice(0, 64)} does not exist or your team does not have access to it.`);
  }
  return { status: 200, json: model };
}
