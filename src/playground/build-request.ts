/**
 * Form values → a typed request body for one of the three create operations. The types
 * come from the client (generated from the spec), so a field the API does not know is a
 * compile error here, not a 422 at run time.
 */
import type {
  AspectRatio,
  EditVideoBody,
  ExtendVideoBody,
  GenerateVideoBody,
  ImageInput,
  Resolution,
  VideoModel,
} from '../client/index.js';

// What the form offers for model, resolution, ratio and duration comes from the capability
// table (model-choices.ts), so the values here are ones the chosen model accepts.
export type PlaygroundOperation = 'generate' | 'extend' | 'edit';

export type JobRequest =
  | { operation: 'generate'; body: GenerateVideoBody }
  | { operation: 'extend'; body: ExtendVideoBody }
  | { operation: 'edit'; body: EditVideoBody };

export interface FormValues {
  operation: PlaygroundOperation;
  prompt: string;
  model: VideoModel;
  /** Seconds: the whole video (generate) or the added segment (extend); edits keep the source's. */
  duration: number;
  resolution: Resolution;
  /** Undefined: the API's default (16:9, or the first frame's own ratio). */
  aspectRatio: AspectRatio | undefined;
  /** First frame (image-to-video). */
  image: File | undefined;
  /** Style references (reference-to-video). */
  referenceImages: File[];
  /** The video to extend or edit: an http(s) URL, e.g. a finished job's `video.url`. */
  sourceUrl: string;
}

/** Reads a file into a string such as `data:image/png;base64,...`. */
export type ReadDataUri = (file: File) => Promise<string>;

export async function buildJobRequest(values: FormValues, readDataUri: ReadDataUri): Promise<JobRequest> {
  switch (values.operation) {
    case 'generate':
      return { operation: 'generate', body: await generationBody(values, readDataUri) };
    case 'extend':
      return {
        operation: 'extend',
        body: { model: values.model, prompt: values.prompt, video: { url: values.sourceUrl }, duration: values.duration },
      };
    case 'edit':
      return { operation: 'edit', body: { model: values.model, prompt: values.prompt, video: { url: values.sourceUrl } } };
  }
}

async function generationBody(values: FormValues, readDataUri: ReadDataUri): Promise<GenerateVideoBody> {
  const common = {
    model: values.model,
    duration: values.duration,
    resolution: values.resolution,
    ...(values.aspectRatio ? { aspect_ratio: values.aspectRatio } : {}),
  };
  // Images travel inline as data: URIs (the API also takes https URLs and file ids).
  const toInput = async (file: File): Promise<ImageInput> => ({ url: await readDataUri(file) });
  const image = values.image ? await toInput(values.image) : undefined;
  const references = values.referenceImages.length > 0 ? await Promise.all(values.referenceImages.map(toInput)) : undefined;
  // The prompt is optional with an image or references; an empty string would be sent as one.
  const prompt = values.prompt.trim() !== '' ? { prompt: values.prompt } : {};
  const withReferences = references ? { reference_images: references } : {};
  // Each mode carries its own input (the spec's GenerateVideoRequest.anyOf, in the types too).
  if (image) return { ...common, ...prompt, ...withReferences, image };
  if (references) return { ...common, ...prompt, reference_images: references };
  // Text-to-video needs its prompt: a blank one is sent, and the API's 422 says so.
  return { ...common, prompt: values.prompt };
}
