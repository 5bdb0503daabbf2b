/**
 * What the form may offer, read from the capability table (the spec's `x-model-capabilities`,
 * bundled as data): the models that serve the operation, the resolutions and ratios the
 * model renders, how long the video may be, which inputs it takes and which of them go
 * together with a first frame. The same table decides what the mock accepts, so the form
 * never offers a request the API refuses. Pure: form-fields.ts puts it on the page.
 */
import { capabilityRows, checkSourceVideo, findModel, servesOperation } from '../capabilities/index.js';
import type { CreateOperationId, ModelCapabilities, ResolutionName, SecondsRange } from '../spec/index.js';
import type { PlaygroundOperation } from './build-request.js';

export const OPERATION_IDS: Readonly<Record<PlaygroundOperation, CreateOperationId>> = {
  generate: 'generateVideo',
  extend: 'extendVideo',
  edit: 'editVideo',
};
const NOUNS: Readonly<Record<PlaygroundOperation, string>> = { generate: 'generations', extend: 'extensions', edit: 'edits' };

/** One option of a select; `off` says why it cannot be chosen (undefined: it can). */
export interface Choice {
  value: string;
  label: string;
  off?: string;
}

/** A file input: whether the model takes it now, at most how many, and why not. */
export interface InputChoice {
  allowed: boolean;
  maxItems?: number;
  off?: string;
}

/** What the user has set so far: the choices depend on it. */
export interface FormState {
  operation: PlaygroundOperation;
  /** The model asked for; another is used when it does not serve the operation. */
  model: string | undefined;
  image: boolean;
  referenceImages: number;
}

export interface FormChoices {
  /** The model the request will name. */
  model: string;
  models: Choice[];
  /** Generations only: extensions and edits take the source video's. */
  resolutions: Choice[];
  aspectRatios: string[];
  /** Seconds of the video (generate) or of the added segment (extend); edits keep the source's. */
  duration: SecondsRange | undefined;
  image: InputChoice;
  referenceImages: InputChoice;
  /** Image-to-video keeps the first frame's ratio: `aspect_ratio` would be ignored. */
  aspectRatioFromImage: boolean;
}

const rowOf = (id: string) => findModel(id)!;

/** The table's resolutions, lowest first (the rows list them in that order). */
function resolutionNames(): ResolutionName[] {
  return [...new Set(capabilityRows().flatMap((row) => Object.keys(row.resolutions) as ResolutionName[]))];
}

function modelChoices(operation: PlaygroundOperation, wanted: string | undefined): { model: string; models: Choice[] } {
  const id = OPERATION_IDS[operation];
  const serving = capabilityRows().filter((row) => servesOperation(row, id));
  const models = capabilityRows().map((row) => ({
    value: row.id,
    label: row.aliases.length === 0 ? row.id : `${row.id} (alias ${row.aliases.join(', ')})`,
    off: servesOperation(row, id) ? undefined : `no ${NOUNS[operation]}: those are on ${serving.map((r) => r.id).join(', ')}`,
  }));
  const asked = wanted === undefined ? undefined : findModel(wanted);
  const model = asked && servesOperation(asked, id) ? asked.id : serving[0]!.id;
  return { model, models };
}

/** A model that cannot combine a first frame with references keeps the one chosen first (the image, if both are). */
function inputChoices(row: ModelCapabilities, state: FormState): { image: InputChoice; referenceImages: InputChoice } {
  const references = row.inputs.reference_images;
  if (state.operation !== 'generate') return { image: { allowed: false }, referenceImages: { allowed: false } };
  if (references === false) {
    return { image: { allowed: row.inputs.image }, referenceImages: { allowed: false, off: `${row.id} takes no reference images` } };
  }
  const combine = row.image_combines_with.includes('reference_images');
  const maxItems = references.max_items;
  if (!combine && state.image) {
    return {
      image: { allowed: true },
      referenceImages: { allowed: false, maxItems, off: `${row.id} takes no reference images together with a first frame` },
    };
  }
  if (!combine && state.referenceImages > 0) {
    return {
      image: { allowed: false, off: `${row.id} takes no first frame together with reference images` },
      referenceImages: { allowed: true, maxItems },
    };
  }
  return { image: { allowed: row.inputs.image }, referenceImages: { allowed: true, maxItems } };
}

function resolutionChoices(row: ModelCapabilities, withReferences: boolean): Choice[] {
  const names = resolutionNames();
  const cap = withReferences ? row.operations.generateVideo.reference_to_video?.max_resolution : undefined;
  return names.map((name) => {
    const kind = row.resolutions[name];
    const label = kind === 'upscaled' ? `${name} (upscaled)` : name;
    if (kind === undefined) return { value: name, label, off: `not on ${row.id}` };
    if (cap !== undefined && names.indexOf(name) > names.indexOf(cap)) {
      return { value: name, label, off: `at most ${cap} with reference images` };
    }
    return { value: name, label };
  });
}

function durationRange(row: ModelCapabilities, operation: PlaygroundOperation, withReferences: boolean): SecondsRange | undefined {
  const { generateVideo, extendVideo } = row.operations;
  if (operation === 'extend') return extendVideo?.added_seconds;
  if (operation === 'edit') return undefined;
  return (withReferences ? generateVideo.reference_to_video?.seconds : undefined) ?? generateVideo.seconds;
}

export function formChoices(state: FormState): FormChoices {
  const { model, models } = modelChoices(state.operation, state.model);
  const row = rowOf(model);
  const inputs = inputChoices(row, state);
  const withReferences = inputs.referenceImages.allowed && state.referenceImages > 0;
  return {
    model,
    models,
    resolutions: resolutionChoices(row, withReferences),
    aspectRatios: row.aspect_ratios,
    duration: durationRange(row, state.operation, withReferences),
    ...inputs,
    aspectRatioFromImage: inputs.image.allowed && state.image,
  };
}

/**
 * Why a finished video of `seconds` cannot be the source of the operation on the model that
 * serves it (undefined: it can), e.g. an edit of a video longer than the model edits.
 */
export function sourceVideoProblem(operation: 'extend' | 'edit', seconds: number | undefined): string | undefined {
  const id = OPERATION_IDS[operation] as 'extendVideo' | 'editVideo';
  const row = rowOf(modelChoices(operation, undefined).model);
  return seconds === undefined ? undefined : checkSourceVideo(row, id, seconds)?.message;
}
