// Image-to-video keeps the first frame's aspect ratio and ignores `aspect_ratio` (docs.x.ai
// "Image-to-Video"; xAI's OpenAPI document, GenerateVideoRequest.aspect_ratio). The mock
// knows the size of a `data:` image (read from its header); an https image or a file_id it
// cannot fetch is taken as 16:9, unless `Prefer: input-aspect-ratio=W:H` says otherwise.
// The output is the model's supported ratio nearest to the image's.
import { nearestAspectRatio, ruleMessage } from '../capabilities/index.js';
import type { AspectRatio } from '../lifecycle/index.js';
import { readImageDimensions } from '../media/index.js';
import { ApiError } from './api-error.js';

export interface ImageSize {
  width: number;
  height: number;
}

/** What the mock assumes for an image it cannot read (docs: Mock controls). */
export const ASSUMED_IMAGE_SIZE: ImageSize = { width: 16, height: 9 };
const DATA_URI = /^data:image\/[a-z]+;base64,/;

function sizeOfDataUri(uri: string, field: string): ImageSize {
  const prefix = DATA_URI.exec(uri)?.[0] ?? '';
  const size = readImageDimensions(Buffer.from(uri.slice(prefix.length), 'base64'));
  if (!size) throw new ApiError('invalidCombination', ruleMessage('image-data', { field }));
  return size;
}

export function imageAspectRatio(
  image: { url?: string; image_url?: string },
  model: string,
  assumed: ImageSize = ASSUMED_IMAGE_SIZE,
): AspectRatio {
  const url = image.url ?? image.image_url;
  const field = image.url === undefined ? 'image.image_url' : 'image.url';
  const size = url !== undefined && DATA_URI.test(url) ? sizeOfDataUri(url, field) : assumed;
  // The table's ratios are the spec's AspectRatio enum, which the lifecycle vocabulary packs.
  return nearestAspectRatio(model, size.width, size.height) as AspectRatio;
}
