/**
 * Names for the spec's schemas, so users need not index `components` themselves.
 *
 * `GenerateVideoRequest` and `ExtendVideoRequest` are the generated types verbatim;
 * openapi-typescript marks fields that have a `default` (`duration`) as required, so
 * the high-level methods take the `*Body` variants where those fields are optional, as
 * the API treats them (the server applies the default).
 */
import type { components } from '../../generated/xai-video.js';

type Schemas = components['schemas'];

export type GenerateVideoRequest = Schemas['GenerateVideoRequest'];
export type ExtendVideoRequest = Schemas['ExtendVideoRequest'];
export type EditVideoRequest = Schemas['EditVideoRequest'];
export type CreateVideoResponse = Schemas['CreateVideoResponse'];
export type VideoStatusResponse = Schemas['VideoStatusResponse'];
export type VideoModel = Schemas['VideoModel'];
export type AspectRatio = Schemas['AspectRatio'];
export type Resolution = Schemas['Resolution'];
export type ImageInput = Schemas['ImageInput'];
export type VideoInput = Schemas['VideoInput'];
export type JobErrorCode = Schemas['JobErrorCode'];
export type ErrorBody = Schemas['ErrorBody'];
export type VideoGenerationModel = Schemas['VideoGenerationModel'];
export type ListVideoGenerationModelsResponse = Schemas['ListVideoGenerationModelsResponse'];

/**
 * Makes the keys `K` of `T` optional. Distributive: `GenerateVideoRequest` is a union (one
 * member per mode of the spec's anyOf: a prompt, an image, references, a last frame or
 * keyframes), and each mode keeps its required input.
 */
type WithOptional<T, K extends keyof T> = T extends unknown ? Omit<T, K> & Partial<Pick<T, K>> : never;

export type GenerateVideoBody = WithOptional<GenerateVideoRequest, 'duration'>;
export type ExtendVideoBody = WithOptional<ExtendVideoRequest, 'duration'>;
export type EditVideoBody = EditVideoRequest;
