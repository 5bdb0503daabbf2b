// Render time and size of a 15 s video at each resolution, with and without the audio track.
// Speed is measured here, not asserted in tests:  npx tsx test/media/measure-render.ts [runs]
import { renderMp4, videoDimensions, type VideoResolution } from '../../src/media/index.js';

const runs = Number(process.argv[2] ?? 9);
const durationSeconds = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

console.log(`renderMp4, ${durationSeconds} s at 24 fps, 16:9, median of ${runs} runs after one warm-up (Node ${process.version})`);
console.log('resolution  audio  size (bytes)  median ms  min ms');
for (const resolution of ['480p', '720p', '1080p'] as VideoResolution[]) {
  for (const audio of [false, true]) {
    const params = { ...videoDimensions(resolution, '16:9'), durationSeconds, audio };
    const size = renderMp4(params).length; // warm-up
    const times = Array.from({ length: runs }, () => {
      const started = performance.now();
      renderMp4(params);
      return performance.now() - started;
    });
    const row = [resolution.padEnd(10), String(audio).padEnd(5), String(size).padStart(12), median(times).toFixed(1).padStart(9)];
    console.log(
      `${row.join('  ')}  ${Math.min(...times)
        .toFixed(1)
        .padStart(6)}`,
    );
  }
}
