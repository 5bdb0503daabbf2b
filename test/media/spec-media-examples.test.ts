// Every `data:` URI in the spec's request examples is real media, judged by ffprobe (an
// independent decoder) and by the readers the mock uses: the inline MP4 of `editDataUri`
// (rendered by src/media) and the PNG and JPEG frames of `inlineFrames`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageDimensions, readMp4Duration } from '../../src/media/index.js';
import { createSpecValidators } from '../../src/spec/index.js';
import { createTempDir, decodeErrors, ffprobe, requireTool, type TempDir } from './media-tools.js';

const { document } = createSpecValidators();
const CODECS: Record<string, string> = { 'video/mp4': 'h264', 'image/png': 'png', 'image/jpeg': 'mjpeg', 'image/webp': 'webp' };

/** [example name, field path, media type, bytes] for every data URI in a request example. */
function dataUris(): [string, string, string, Uint8Array][] {
  const found: [string, string, string, Uint8Array][] = [];
  const walk = (name: string, path: string, value: unknown): void => {
    if (typeof value === 'string') {
      const match = /^data:([a-z]+\/[a-z0-9.+-]+);base64,(.*)$/s.exec(value);
      if (match) found.push([name, path, match[1] as string, new Uint8Array(Buffer.from(match[2] as string, 'base64'))]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(name, path ? `${path}.${key}` : key, child);
    }
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      const examples = (operation as { requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> } })
        .requestBody?.content['application/json']?.examples;
      for (const [name, example] of Object.entries(examples ?? {})) walk(name, '', example.value);
    }
  }
  return found;
}

let dir: TempDir;
beforeAll(() => {
  requireTool('ffprobe');
  requireTool('ffmpeg');
  dir = createTempDir('spec-media-');
});
afterAll(() => dir?.remove());

describe("the media in the spec's examples", () => {
  it('has an inline MP4, PNG and JPEG, each small', () => {
    const types = dataUris().map(([, , type]) => type);
    expect(types).toEqual(expect.arrayContaining(['video/mp4', 'image/png', 'image/jpeg']));
    for (const [name, path, , bytes] of dataUris()) expect(bytes.length, `${name} ${path}`).toBeLessThan(4096);
  });

  it.each(dataUris())('%s %s (%s) decodes with ffmpeg as what it says it is', (name, path, type, bytes) => {
    const file = dir.write(`${name}-${path}.${type.split('/')[1]}`, bytes);
    const probe = ffprobe(file);
    expect(probe.streams[0]?.codec_name).toBe(CODECS[type]);
    expect(decodeErrors(file)).toBe('');
    if (type === 'video/mp4') {
      // The mock measures an inline source video from its mvhd box: the same length ffprobe reads.
      expect(Number(probe.format.duration)).toBeCloseTo(1, 3);
      expect(readMp4Duration(bytes)).toBe(1);
      expect([probe.streams[0]?.width, probe.streams[0]?.height]).toEqual([32, 32]);
    } else {
      expect(readImageDimensions(bytes)).toMatchObject({ width: probe.streams[0]?.width, height: probe.streams[0]?.height });
    }
  });
});
