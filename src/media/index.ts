// Media for the mock server: real H.264 MP4s (with a silent AAC track unless asked not to)
// rendered in pure TypeScript, optionally opening on the user's picture (PNG / JPEG decoding),
// HTTP byte ranges for serving them, and the duration of uploaded MP4s.
export { videoDimensions } from './video-dimensions.js';
export type { VideoAspectRatio, VideoDimensions, VideoResolution } from './video-dimensions.js';
export { DEFAULT_FPS, MAX_DURATION_SECONDS, renderMp4, renderedCodecString } from './render-mp4.js';
export type { RenderMp4Params } from './render-mp4.js';
export { AAC_CHANNELS, AAC_SAMPLE_RATE } from './aac-silence.js';
export { createMp4Cache } from './mp4-cache.js';
export type { Mp4Cache, Mp4CacheOptions } from './mp4-cache.js';
export { parseByteRange } from './byte-range.js';
export type { ByteRange } from './byte-range.js';
export { decodeImage, MAX_IMAGE_MEGAPIXELS } from './decode-image.js';
export type { DecodedImage } from './decode-image.js';
export { readMp4Duration } from './read-mp4-duration.js';
export { readImageDimensions } from './read-image-dimensions.js';
export type { ImageDimensions } from './read-image-dimensions.js';
