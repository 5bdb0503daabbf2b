// Keeps recently rendered videos so polling clients and <video> range requests (one file is
// fetched in several pieces) do not render the same file again. Least-recently-used entries
// go first; both the entry count and the total bytes are bounded. A first frame is part of the
// key by content (a hash of its bytes), so a job's image renders once however often it is sent.
import type { DecodedImage } from './decode-image.js';
import { DEFAULT_FPS, renderMp4, type RenderMp4Params } from './render-mp4.js';

export interface Mp4CacheOptions {
  /** At most this many videos are kept (≥ 1). */
  maxEntries: number;
  /** At most this many bytes are kept in total; default 64 MiB. A larger video is rendered but not kept. */
  maxBytes?: number;
}

export interface Mp4Cache {
  /**
   * The video for `params`, rendered on a miss. Throws renderMp4's RangeError for invalid
   * params. The same array is returned to every caller: treat it as read-only.
   */
  get(params: RenderMp4Params): Uint8Array<ArrayBuffer>;
  /** Videos currently kept. */
  readonly size: number;
  /** Total bytes currently kept. */
  readonly bytes: number;
  clear(): void;
}

export function createMp4Cache(options: Mp4CacheOptions): Mp4Cache {
  const maxEntries = Math.floor(options.maxEntries);
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  if (!(maxEntries >= 1) || !(maxBytes >= 0)) throw new RangeError('createMp4Cache: maxEntries must be ≥ 1 and maxBytes ≥ 0');
  // A Map iterates in insertion order: re-inserting on every hit makes the first key the LRU.
  const entries = new Map<string, Uint8Array<ArrayBuffer>>();
  let bytes = 0;

  const evictUntil = (fits: () => boolean): void => {
    for (const [key, value] of entries) {
      if (fits()) return;
      entries.delete(key);
      bytes -= value.length;
    }
  };

  return {
    get(params) {
      const key = cacheKey(params);
      const hit = entries.get(key);
      if (hit !== undefined) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const video = renderMp4(params);
      if (video.length > maxBytes) return video;
      evictUntil(() => entries.size < maxEntries && bytes + video.length <= maxBytes);
      entries.set(key, video);
      bytes += video.length;
      return video;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    clear() {
      entries.clear();
      bytes = 0;
    },
  };
}

function cacheKey(params: RenderMp4Params): string {
  const audio = params.audio === false ? 'mute' : 'aac';
  const image = params.firstFrame === undefined ? '' : `:${imageKey(params.firstFrame)}`;
  return `${params.width}x${params.height}@${params.fps ?? DEFAULT_FPS}:${params.durationSeconds}:${audio}${image}`;
}

/** Content hashes, remembered per array or image object so a caller passing the same one pays once. */
const imageKeys = new WeakMap<object, string>();

function imageKey(image: DecodedImage | Uint8Array): string {
  const known = imageKeys.get(image);
  if (known !== undefined) return known;
  const key =
    image instanceof Uint8Array
      ? `bytes:${image.length}:${contentHash(image)}`
      : `rgba:${image.width}x${image.height}:${contentHash(image.rgba)}`;
  imageKeys.set(image, key);
  return key;
}

/** 32-bit FNV-1a and a second multiplicative hash with another multiplier: 64 bits against collisions. */
function contentHash(bytes: Uint8Array): string {
  let first = 0x811c9dc5;
  let second = 0x9747b28c;
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index] ?? 0;
    first = Math.imul(first ^ byte, 0x01000193);
    second = Math.imul(second ^ byte, 0x5bd1e995);
  }
  return `${(first >>> 0).toString(16)}${(second >>> 0).toString(16).padStart(8, '0')}`;
}
