// The valid request bodies the flows send: the cheapest settings the live API allows
// (480p, shortest durations; docs.x.ai "Video Generation" and the capability table). The source video is 2 s long because
// an extension's input must be 2–15 s (a 1 s clip could not be extended).
import type { FinishedVideo } from '../video-jobs.js';

export const CHEAP_MODEL = 'grok-imagine-video';

/** A 1×1 PNG: the smallest image a data: URI can carry. */
export const TINY_PNG_DATA_URI =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export const textToVideoBody = () => ({
  model: CHEAP_MODEL,
  prompt: 'A paper boat drifting down a rain-soaked street',
  duration: 2,
  resolution: '480p',
  aspect_ratio: '16:9',
});

export const imageToVideoBody = (imageUrl: string) => ({
  model: CHEAP_MODEL,
  image: { url: imageUrl },
  duration: 1,
  resolution: '480p',
});

export const referenceToVideoBody = () => ({
  model: CHEAP_MODEL,
  prompt: 'A product rotating slowly on a clean white surface',
  reference_images: [{ url: 'https://example.com/brand-style.jpg' }, { file_id: 'file_0123456789abcdef' }],
  // The limits of reference-to-video: at most 10 s and 720p.
  duration: 10,
  resolution: '720p',
});

export const everythingBody = () => ({
  model: 'grok-imagine-video-1.5',
  prompt: 'A hot-air balloon rising over a valley at dawn',
  duration: 8,
  resolution: '1080p',
  aspect_ratio: '9:16',
  image: { url: 'https://example.com/balloon-low.png' },
  keyframes: [{ image: { image_url: 'https://example.com/balloon-high.png' }, timestamp_s: 6.5 }],
  last_frame: { url: 'https://example.com/balloon-sky.png' },
  generate_audio: false,
  storage_options: { filename: 'balloon.mp4', expires_after: 86400, public_url: { expires_after: 3600 } },
  user: 'contract-suite',
});

export const extendBody = (source: Pick<FinishedVideo, 'url'>) => ({
  model: CHEAP_MODEL,
  prompt: 'The boat drifts on as the rain eases',
  video: { url: source.url },
  duration: 2,
});

export const editBody = (videoUrl: string) => ({
  model: CHEAP_MODEL,
  prompt: 'Make it black and white',
  video: { url: videoUrl },
});
