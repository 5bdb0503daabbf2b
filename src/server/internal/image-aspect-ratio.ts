// Image-to-video keeps the first frame's aspect ratio and ignores `aspect_ratio` (docs.x.ai
// "Image-to-Video"; xAI's OpenAPI document, GenerateVideoRequest.aspect_ratio). The mock
// knows the size of a `data:` image (read from its header); an https image or a file_id it
// cannot fetch is taken as 16:9, unless `Prefer: input-aspect-ratio=W:H` says otherwise.
// The output is the model's supported ratio nearest to the image's.
import { nearestAspectRatio, ruleMessage } from '../../capabilities/index.js';
import type { AspectRatio } from '../../lifecycle/index.js';
import { ApiError, apiError } from '../error-catalogue.js';
import type { MaybeAsync } from '../maybe-async.js';
import { decodeBase64 } from './decode-base64.js';

export interface ImageSize {
  width: number;
  height: number;
}

/** What the mock assumes for an image it cannot read (docs: Mock controls). */
export const ASSUMED_IMAGE_SIZE: ImageSize = { width: 16, height: 9 };
const DATA_URI = /^data:image\/[a-z]+;base64,/;

async function sizeOfDataUri(uri: string, field: string): Promise<ImageSize | ApiError> {
  const prefix = DATA_URI.exec(uri)?.[0] ?? '';
  const bytes = decodeBase64(uri.slice(prefix.length));
  // Loaded on demand: only a data: image needs the header reader.
  const { readImageDimensions } = await import('../../media/index.js');
  const size = bytes && readImageDimensions(bytes);
  return size || apiError('400 invalid-argument', 'combination', { detail: ruleMessage('image-data', { field }) });
}

function nearest(size: ImageSize, model: string): AspectRatio {
  // The table's ratios are the spec's AspectRatio enum, which the lifecycle vocabulary packs.
  return nearestAspectRatio(model, size.width, size.height) as AspectRatio;
}

/** The output ratio of an image-to-video job on `model` (an id from the table). */
export function imageAspectRatio(
  image: { url?: string; image_url?: string },
  model: string,
  assumed: ImageSize = ASSUMED_IMAGE_SIZE,
): MaybeAsync<AspectRatio | ApiError> {
  const url = image.url ?? image.image_url;
  const field = image.url === undefined ? 'image.image_url' : 'image.url';
  if (url === undefined || !DATA_URI.test(url)) return nearest(assumed, model);
  return sizeOfDataUri(url, field).then((size) => (size instanceof ApiError ? size : nearest(size, model)));
}
