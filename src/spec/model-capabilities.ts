// The capability table: the spec's root vendor extension `x-model-capabilities`, one row
// per model. This is the only place code reads it out of a document, so everything about
// models derives from the one copy in the spec. What runs in a host reads it through
// spec-bundle.ts (capabilityTable()), which the build replaces with the table itself.
import { loadSpecDocument, type SpecDocument } from './spec-document.js';

export type CreateOperationId = 'generateVideo' | 'extendVideo' | 'editVideo';
export type ResolutionName = '480p' | '720p' | '1080p';
/** `upscaled`: rendered at a lower native resolution and scaled up (1.5-lite's 1080p). */
export type ResolutionKind = 'native' | 'upscaled';
export type InputName = 'image' | 'reference_images' | 'reference_audios' | 'last_frame' | 'keyframes';

export interface SecondsRange {
  min: number;
  max: number;
}

export interface GenerationLimits {
  /** Text- and image-to-video. */
  seconds: SecondsRange;
  /** Present when the model takes reference images or voices. */
  reference_to_video?: { seconds: SecondsRange; max_resolution: ResolutionName };
}

export interface ExtensionLimits {
  /** Length of the added segment (`duration`). */
  added_seconds: SecondsRange;
  /** Length of the video to extend. */
  source_seconds: SecondsRange;
  max_resolution: ResolutionName;
}

export interface EditLimits {
  source_max_seconds: number;
  max_resolution: ResolutionName;
}

export interface ModelInputs {
  image: boolean;
  reference_images: false | { max_items: number };
  reference_audios: false | { max_items: number };
  last_frame: boolean;
  /** `slots_per_second`: keyframes snap to this grid; two in one slot are rejected. */
  keyframes: false | { max_items: number; slots_per_second: number };
}

export interface ModelCapabilities {
  id: string;
  aliases: string[];
  summary: string;
  /** Unix seconds, as the models endpoint reports it. */
  created: number;
  version: string;
  fingerprint: string;
  operations: {
    generateVideo: GenerationLimits;
    extendVideo?: ExtensionLimits;
    editVideo?: EditLimits;
  };
  resolutions: Partial<Record<ResolutionName, ResolutionKind>>;
  aspect_ratios: string[];
  inputs: ModelInputs;
  /** Inputs allowed together with `image` (the pinned first frame). */
  image_combines_with: Exclude<InputName, 'image'>[];
  /** Whether the output has an audio track by default (`generate_audio`). */
  audio: boolean;
  usd_per_second: Partial<Record<ResolutionName, number>>;
  usd_per_input_image: number;
}

export const CAPABILITIES_EXTENSION = 'x-model-capabilities';

/** The rows of the capability table, as the spec document holds them. */
export function modelCapabilityTable(document: SpecDocument = loadSpecDocument()): readonly ModelCapabilities[] {
  const rows = (document as unknown as Record<string, unknown>)[CAPABILITIES_EXTENSION];
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`spec: ${CAPABILITIES_EXTENSION} is missing or empty`);
  return rows as ModelCapabilities[];
}
