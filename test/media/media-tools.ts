// ffprobe / ffmpeg as independent judges of the rendered files. CI installs ffmpeg; when it is
// missing the media tests fail with this explanation instead of silently skipping.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { YuvCanvas } from '../../src/media/yuv-canvas.js';

export function requireTool(name: 'ffprobe' | 'ffmpeg'): void {
  const probe = spawnSync(name, ['-version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      `${name} is required by the media tests but could not be run (${probe.error?.message ?? `exit ${probe.status}`}). ` +
        'Install ffmpeg (Debian/Ubuntu: apt-get install ffmpeg; macOS: brew install ffmpeg).',
    );
  }
}

export interface ProbeResult {
  streams: {
    codec_name?: string;
    codec_type?: string;
    profile?: string;
    sample_rate?: string;
    channels?: number;
    channel_layout?: string;
    pix_fmt?: string;
    width?: number;
    height?: number;
    duration?: string;
    nb_read_frames?: string;
  }[];
  format: { duration?: string; format_name?: string };
}

export function ffprobe(file: string): ProbeResult {
  const json = execFileSync('ffprobe', ['-v', 'error', '-count_frames', '-show_streams', '-show_format', '-of', 'json', file], {
    encoding: 'utf8',
  });
  return JSON.parse(json) as ProbeResult;
}

/** Decodes every frame; returns ffmpeg's error output (empty when the stream is clean). */
export function decodeErrors(file: string): string {
  const run = spawnSync('ffmpeg', ['-v', 'error', '-err_detect', 'explode', '-i', file, '-f', 'null', '-'], { encoding: 'utf8' });
  return `${run.stderr}${run.status === 0 ? '' : `\n(exit status ${run.status})`}`.trim();
}

/** Every decoded frame as planar yuv420p bytes (Y, then U, then V at the visible size). */
export function decodeRawFrames(file: string, width: number, height: number): Uint8Array[] {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-map', '0:v:0', '-f', 'rawvideo', '-pix_fmt', 'yuv420p', '-'], {
    maxBuffer: 512 * 1024 * 1024,
  });
  const frameSize = width * height + 2 * (width / 2) * (height / 2);
  const frames: Uint8Array[] = [];
  for (let offset = 0; offset + frameSize <= raw.length; offset += frameSize) frames.push(raw.subarray(offset, offset + frameSize));
  return frames;
}

/** One still image written by ffmpeg from a lavfi source, e.g. `color=c=red:s=64x48`, in `pixelFormat`. */
export function writeImage(dir: TempDir, name: string, source: string, pixelFormat: string, extra: string[] = []): string {
  const file = join(dir.path, name);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', source, '-frames:v', '1', '-pix_fmt', pixelFormat, ...extra, file]);
  return file;
}

/** ffmpeg's own decoding of a still image (or a video's first frame) as 8-bit RGBA. */
export function decodeRgba(file: string): Uint8Array {
  return execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgba', '-'], {
    maxBuffer: 256 * 1024 * 1024,
  });
}

/** Every decoded video frame as packed RGB (ffmpeg converts from BT.709 limited range, as the SPS declares). */
export function decodeRgbFrames(file: string, width: number, height: number): Uint8Array[] {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-map', '0:v:0', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    maxBuffer: 512 * 1024 * 1024,
  });
  const frameSize = width * height * 3;
  const frames: Uint8Array[] = [];
  for (let offset = 0; offset + frameSize <= raw.length; offset += frameSize) frames.push(raw.subarray(offset, offset + frameSize));
  return frames;
}

/** The first audio stream decoded to interleaved signed 16-bit PCM at its own rate and channels. */
export function decodePcm(file: string): Int16Array {
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-i', file, '-map', '0:a:0', '-f', 's16le', '-'], { maxBuffer: 512 * 1024 * 1024 });
  return new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length)); // copied: the view may be unaligned
}

export interface Packet {
  stream: number;
  /** Presentation time in seconds and byte position in the file. */
  time: number;
  position: number;
}

/** Every packet of every stream, in file order. */
export function probePackets(file: string): Packet[] {
  const csv = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'packet=stream_index,pts_time,pos', '-of', 'csv=p=0', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return csv
    .trim()
    .split('\n')
    .map((line) => line.split(',').map(Number))
    .map(([stream = -1, time = Number.NaN, position = Number.NaN]) => ({ stream, time, position }))
    .sort((a, b) => a.position - b.position);
}

/** The canvas cropped to the visible size, in ffmpeg's yuv420p rawvideo layout. */
export function visiblePlanes(canvas: YuvCanvas, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 1.5);
  let offset = 0;
  for (let row = 0; row < height; row++, offset += width)
    out.set(canvas.y.subarray(row * canvas.width, row * canvas.width + width), offset);
  for (const plane of [canvas.u, canvas.v]) {
    for (let row = 0; row < height / 2; row++, offset += width / 2) {
      out.set(plane.subarray(row * canvas.chromaWidth, row * canvas.chromaWidth + width / 2), offset);
    }
  }
  return out;
}

/** Index of the first differing byte, or -1 when equal. */
export function firstDifference(expected: Uint8Array, actual: Uint8Array): number {
  for (let index = 0; index < expected.length; index++) if (expected[index] !== actual[index]) return index;
  return expected.length === actual.length ? -1 : expected.length;
}

export interface TempDir {
  path: string;
  write(name: string, bytes: Uint8Array): string;
  remove(): void;
}

export function createTempDir(prefix: string): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    write(name, bytes) {
      const file = join(path, name);
      writeFileSync(file, bytes);
      return file;
    },
    remove() {
      rmSync(path, { recursive: true, force: true });
    },
  };
}
