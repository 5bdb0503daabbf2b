// The numbers every H.264 syntax writer here shares: coded size in macroblocks, cropping to
// the visible size, frame rate and the smallest level whose limits the stream respects.

export interface H264StreamConfig {
  /** Visible size in pixels (even numbers; 4:2:0 cropping works in 2-pixel units). */
  width: number;
  height: number;
  widthMbs: number;
  heightMbs: number;
  fps: number;
  /** level_idc, e.g. 30 for level 3.0. */
  level: number;
  /** log2(MaxFrameNum): frame_num is u(v) of this many bits and wraps around. */
  log2MaxFrameNum: number;
}

/** Table A-1: level_idc, MaxMBPS (macroblocks/s), MaxFS (macroblocks/frame). */
const LEVELS: readonly (readonly [number, number, number])[] = [
  [30, 40_500, 1_620],
  [31, 108_000, 3_600],
  [32, 216_000, 5_120],
  [40, 245_760, 8_192],
  [42, 522_240, 8_704],
  [50, 589_824, 22_080],
  [51, 983_040, 36_864],
];

/** Constrained Baseline: profile_idc 66 with constraint_set0 and constraint_set1 set. */
export const PROFILE_IDC = 66;
export const CONSTRAINT_FLAGS = 0xc0;

export function createStreamConfig(width: number, height: number, fps: number): H264StreamConfig {
  const widthMbs = Math.ceil(width / 16);
  const heightMbs = Math.ceil(height / 16);
  return { width, height, widthMbs, heightMbs, fps, level: chooseLevel(widthMbs, heightMbs, fps), log2MaxFrameNum: 16 };
}

/** The smallest level that fits; besides MaxFS, each side may not exceed sqrt(8 * MaxFS). */
export function chooseLevel(widthMbs: number, heightMbs: number, fps: number): number {
  const frameMbs = widthMbs * heightMbs;
  for (const [level, maxMbps, maxFs] of LEVELS) {
    const sideLimit = Math.sqrt(8 * maxFs);
    if (frameMbs <= maxFs && frameMbs * fps <= maxMbps && widthMbs <= sideLimit && heightMbs <= sideLimit) {
      return level;
    }
  }
  throw new RangeError(`${widthMbs * 16}x${heightMbs * 16} at ${fps} fps exceeds H.264 level 5.1`);
}

/** RFC 6381 codec string for the `codecs` parameter of a MIME type, e.g. `avc1.42C01E`. */
export function codecString(config: H264StreamConfig): string {
  const hex = (value: number): string => value.toString(16).toUpperCase().padStart(2, '0');
  return `avc1.${hex(PROFILE_IDC)}${hex(CONSTRAINT_FLAGS)}${hex(config.level)}`;
}
