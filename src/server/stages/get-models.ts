// GET /v1/video-generation-models and /{model_id}: answered from the capability table
// (src/capabilities), in the shape of xAI's own model listing. An unknown model is a 404.
// No job carries their controls, so they read `Prefer: create-status=N` (and Prism's
// `code=NNN`) like a create does.
import { findVideoGenerationModel, videoGenerationModelsBody } from '../../capabilities/index.js';
import { ApiError, apiError, injectedError } from '../error-catalogue.js';
import type { MockReply } from '../mock-request.js';
import { parseCreateControls } from '../parse-mock-controls.js';
import { resolveCreatePrism } from '../prism-preferences.js';

export type ModelsRouteName = 'listVideoGenerationModels' | 'getVideoGenerationModel';

function modelReply(modelId: string): MockReply | ApiError {
  const model = findVideoGenerationModel(modelId);
  if (!model) return apiError('404 not-found', 'unknownModel', { model: modelId.slice(0, 64) });
  return { status: 200, headers: {}, json: model };
}

export function getModels(name: ModelsRouteName, modelId: string | undefined, prefer: string | undefined): MockReply | ApiError {
  if (prefer !== undefined) {
    const controls = parseCreateControls(prefer, undefined);
    if (controls instanceof ApiError) return controls;
    const instead = resolveCreatePrism(controls);
    if (instead) return instead;
    if (controls.createStatus !== undefined) return injectedError(controls.createStatus, 'requested with Prefer: create-status');
  }
  return name === 'listVideoGenerationModels' ? { status: 200, headers: {}, json: videoGenerationModelsBody() } : modelReply(modelId ?? '');
}
