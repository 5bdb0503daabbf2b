// Image-to-video keeps the first frame's aspect ratio and ignores `aspect_ratio` (docs.x.ai
// "Image-to-Video"; xAI's OpenAPI document, GenerateVideoRequest.aspect_ratio). The mock
// knows the size of a `data:` image (read from its header); an https image or a file_id it
// cannot fetch is taken as 16:9, unless `Prefer: input-aspect-ratio=W:H` says otherwise.
// The output is the model's supported ratio nearest to the image's. A `data:` PNG or JPEG
// also comes back as bytes, so the finished video can open on it (first-frame-cache.ts).
import { nearestAspectRatio, ruleMessage } from '../../capabilities/index.js';
import type { AspectRatio } from '../../lifecycle/index.js';
import { type ApiError, apiError } from '../error-catalogue.js';
import type { MaybeAsync } from '../maybe-async.js';
import { decodeBase64 } from './decode-base64.js';
import { mediaModule } from './media-module.js';

export interface ImageSize {
  width: number;
  height: number;
}

export interface FirstFrame {
  /** The output's ratio: the model's nearest to the image's. */
  aspectRatio: AspectRatio;
  /** The image itself, when it is a `data:` PNG or JPEG (what the renderer decodes). */
  bytes?: Uint8Array;
}

/** What the mock assumes for an image it cannot read (docs: Mock controls). */
export const ASSUMED_IMAGE_SIZE: ImageSize = { width: 16, height: 9 };
const DATA_URI = /^data:image\/[a-z]+;base64,/;
/** Larger pictures are not kept for the video (decoding one costs 4 bytes a pixel): 16.7 MP, a 4096 × 4096 image. */
export const FIRST_FRAME_MAX_PIXELS = 4096 * 4096;

function nearest(size: ImageSize, model: string): AspectRatio {
  // The table's ratios are the spec's AspectRatio enum, which the lifecycle vocabulary packs.
  return nearestAspectRatio(model, size.width, size.height) as AspectRatio;
}

async function readDataUri(uri: string, field: string, model: string): Promise<FirstFrame | ApiError> {
  const prefix = DATA_URI.exec(uri)?.[0] ?? '';
  const bytes = decodeBase64(uri.slice(prefix.length));
  // Loaded on demand: only a data: image needs the header reader.
  const { readImageDimensions } = await mediaModule();
  const size = bytes && readImageDimensions(bytes);
  if (!bytes || !size) {
    return apiError('400 invalid-argument', 'combination', { detail: ruleMessage('image-data', { field }) });
  }
  const aspectRatio = nearest(size, model);
  // WebP has no decoder here; its video keeps the test card, at the image's ratio.
  const kept = size.format !== 'webp' && size.width * size.height <= FIRST_FRAME_MAX_PIXELS;
  return kept ? { aspectRatio, bytes } : { aspectRatio };
}

/** The first frame of an image-to-video job on `model` (an id from the table); `name` is the field it came in (`image`, or its alias `input_reference`). */
export function readFirstFrame(
  image: { url?: string; image_url?: string },
  model: string,
  assumed: ImageSize = ASSUMED_IMAGE_SIZE,
  name = 'image',
): MaybeAsync<FirstFrame | ApiError> {
  const url = image.url ?? image.image_url;
  const field = image.url === undefined ? `${name}.image_url` : `${name}.url`;
  if (url === undefined || !DATA_URI.test(url)) return { aspectRatio: nearest(assumed, model) };
  return readDataUri(url, field, model);
}
