// Render time and size of a 15 s video at each resolution, with and without the audio track,
// and with a first frame (a 4000 x 3000 picture scaled down), plus the time to decode that
// picture as a JPEG. Speed is measured here, not asserted in tests:
//   npx tsx test/media/measure-render.ts [runs]
import jpeg from 'jpeg-js';
import { type DecodedImage, decodeImage, renderMp4, videoDimensions, type VideoResolution } from '../../src/media/index.js';

const runs = Number(process.argv[2] ?? 9);
const durationSeconds = 15;

function timed(run: () => unknown): { median: number; min: number } {
  run(); // warm-up
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? Number.NaN, min: times[0] ?? Number.NaN };
}

/** A smooth colour field with some detail, like a photo as far as the encoder cares (no flat areas). */
function syntheticPhoto(width: number, height: number): DecodedImage {
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0, at = 0; y < height; y++) {
    for (let x = 0; x < width; x++, at += 4) {
      rgba[at] = (x * 255) / width;
      rgba[at + 1] = (y * 255) / height;
      rgba[at + 2] = 128 + 100 * Math.sin(x / 37 + y / 23);
      rgba[at + 3] = 255;
    }
  }
  return { width, height, rgba };
}

const photo = syntheticPhoto(4000, 3000);
console.log(`renderMp4, ${durationSeconds} s at 24 fps, 16:9; median and min of ${runs} runs after a warm-up (Node ${process.version})`);
console.log('resolution  variant        size (bytes)  median ms   min ms');
for (const resolution of ['480p', '720p', '1080p'] as VideoResolution[]) {
  const base = { ...videoDimensions(resolution, '16:9'), durationSeconds };
  for (const [variant, params] of [
    ['video only', { ...base, audio: false }],
    ['video + AAC', base],
    ['first frame', { ...base, firstFrame: photo }],
  ] as const) {
    const size = renderMp4(params).length;
    const { median, min } = timed(() => renderMp4(params));
    console.log(
      `${resolution.padEnd(10)}  ${variant.padEnd(12)}  ${String(size).padStart(12)}  ${median.toFixed(1).padStart(9)}  ${min.toFixed(1).padStart(7)}`,
    );
  }
}
const encoded = jpeg.encode({ width: photo.width, height: photo.height, data: photo.rgba }, 90).data;
const decode = timed(() => decodeImage(encoded));
console.log(
  `decodeImage of a ${photo.width} x ${photo.height} JPEG (${encoded.length} bytes): median ${decode.median.toFixed(0)} ms, min ${decode.min.toFixed(0)} ms`,
);
