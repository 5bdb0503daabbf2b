// The pictures image-to-video jobs start from, so a finished video opens on the user's own
// image. Everything else about a job lives in its request_id; an image does not fit there,
// so this is per process, like the store's counters, but kept apart from the store (an
// image is no shared state a Redis store should carry). Bounded by count and bytes, least
// recently used first; an image over the per-image limit is not kept. A job whose image is
// not here (a restart, another process behind a load balancer, evicted, a WebP or https
// image) gets the test card. Bytes are kept as sent: the renderer decodes them, and only
// when the video is first requested (media's decodeImage, bounded in pixels).

export interface FirstFrameCacheOptions {
  /** Default 32 images. */
  maxEntries?: number;
  /** Default 32 MiB in total. */
  maxBytes?: number;
  /** Default 8 MiB: a larger image is not kept (its video shows the test card). */
  maxImageBytes?: number;
}

export interface FirstFrameCache {
  remember(requestId: string, image: Uint8Array): void;
  /** The image of a job, if this process still has it. */
  get(requestId: string): Uint8Array | undefined;
  clear(): void;
  readonly size: number;
  readonly bytes: number;
}

export function createFirstFrameCache(options: FirstFrameCacheOptions = {}): FirstFrameCache {
  const { maxEntries = 32, maxBytes = 32 * 1024 * 1024, maxImageBytes = 8 * 1024 * 1024 } = options;
  // A Map iterates in insertion order: re-inserting on every hit keeps the first key the LRU.
  const images = new Map<string, Uint8Array>();
  let bytes = 0;
  const forget = (key: string, image: Uint8Array) => {
    images.delete(key);
    bytes -= image.byteLength;
  };
  return {
    remember(requestId, image) {
      if (image.byteLength > Math.min(maxImageBytes, maxBytes)) return;
      const known = images.get(requestId);
      if (known) forget(requestId, known);
      for (const [key, old] of images) {
        if (images.size < maxEntries && bytes + image.byteLength <= maxBytes) break;
        forget(key, old);
      }
      images.set(requestId, image);
      bytes += image.byteLength;
    },
    get(requestId) {
      const image = images.get(requestId);
      if (image) {
        images.delete(requestId);
        images.set(requestId, image);
      }
      return image;
    },
    clear() {
      images.clear();
      bytes = 0;
    },
    get size() {
      return images.size;
    },
    get bytes() {
      return bytes;
    },
  };
}
