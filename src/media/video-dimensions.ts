// Pixel size of a job's video from its `resolution` and `aspect_ratio`: the short side is the
// resolution's number (480/720/1080), the long side follows the ratio, rounded to the nearest
// even number (H.264 4:2:0 needs even sizes). So 480p 16:9 is 854x480 (853.3 rounded, the
// usual "480p widescreen" size), not 848x480; 1080p 3:2 is 1620x1080; 1:1 is square.

export type VideoResolution = '480p' | '720p' | '1080p';
export type VideoAspectRatio = '1:1' | '16:9' | '9:16' | '4:3' | '3:4' | '3:2' | '2:3' | '21:9' | '5:2';

export interface VideoDimensions {
  width: number;
  height: number;
}

const SHORT_SIDE: Record<VideoResolution, number> = { '480p': 480, '720p': 720, '1080p': 1080 };

const RATIOS: Record<VideoAspectRatio, readonly [number, number]> = {
  '1:1': [1, 1],
  '16:9': [16, 9],
  '9:16': [9, 16],
  '4:3': [4, 3],
  '3:4': [3, 4],
  '3:2': [3, 2],
  '2:3': [2, 3],
  '21:9': [21, 9],
  '5:2': [5, 2],
};

export function videoDimensions(resolution: VideoResolution, aspectRatio: VideoAspectRatio): VideoDimensions {
  const short = SHORT_SIDE[resolution];
  const ratio = RATIOS[aspectRatio];
  if (short === undefined || ratio === undefined) {
    throw new RangeError(`videoDimensions: unknown resolution ${resolution} or aspect ratio ${aspectRatio}`);
  }
  const [across, down] = ratio;
  const long = 2 * Math.round((short * Math.max(across, down)) / Math.min(across, down) / 2);
  return across >= down ? { width: long, height: short } : { width: short, height: long };
}
