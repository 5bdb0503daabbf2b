// GET /v1/video-generation-models and /{model_id}: the table's rows in the shape of xAI's
// own VideoGenerationModel (xAI's OpenAPI document; xai-sdk-ts test/videos.test.ts).
import type { ModelCapabilities } from '../spec/index.js';
import { capabilityRows, findModel } from './capability-table.js';

export interface VideoGenerationModelBody {
  id: string;
  fingerprint: string;
  created: number;
  object: 'model';
  owned_by: string;
  version: string;
  input_modalities: string[];
  output_modalities: string[];
  aliases: string[];
}

function modalities(row: ModelCapabilities): string[] {
  const inputs = ['text'];
  if (row.inputs.image || row.inputs.reference_images !== false) inputs.push('image');
  if (row.inputs.reference_audios !== false) inputs.push('audio');
  return inputs;
}

export function videoGenerationModelBody(row: ModelCapabilities): VideoGenerationModelBody {
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    created: row.created,
    object: 'model',
    owned_by: 'xai',
    version: row.version,
    input_modalities: modalities(row),
    output_modalities: ['video'],
    aliases: [...row.aliases],
  };
}

export function videoGenerationModelsBody(): { models: VideoGenerationModelBody[] } {
  return { models: capabilityRows().map(videoGenerationModelBody) };
}

/** One model by id or alias (an alias answers with the model it names), or undefined. */
export function findVideoGenerationModel(name: string): VideoGenerationModelBody | undefined {
  const row = findModel(name);
  return row ? videoGenerationModelBody(row) : undefined;
}
