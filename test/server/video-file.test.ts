// video.url serves a real, seekable H.264 MP4 whose size and length match the job.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, createJob, poll, send, useMock } from './mock-kit.js';

const mock = useMock();

async function finishedVideoUrl(body: object, prefer = 'timing=instant'): Promise<string> {
  const id = await createJob(mock.url(), body, prefer);
  return (await poll(mock.url(), id)).body.video.url as string;
}

interface Probe {
  codec: string;
  width: number;
  height: number;
  duration: number;
  /** Codec of each stream, in file order. */
  streams: string[];
}

function probe(bytes: Buffer): Probe {
  const dir = mkdtempSync(join(tmpdir(), 'mock-video-'));
  const file = join(dir, 'video.mp4');
  let json: { streams: { codec_name: string; width: number; height: number }[]; format: { duration: string } };
  try {
    writeFileSync(file, bytes);
    json = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const stream = json.streams[0]!;
  const streams = json.streams.map((s) => s.codec_name);
  return { codec: stream.codec_name, width: stream.width, height: stream.height, duration: Number(json.format.duration), streams };
}

describe('the finished video', () => {
  it.each([
    [{ prompt: 'a', duration: 1, resolution: '480p', aspect_ratio: '16:9' }, 480, 16 / 9],
    [{ prompt: 'a', duration: 6, resolution: '720p', aspect_ratio: '9:16' }, 720, 9 / 16],
    [{ prompt: 'a', duration: 3, resolution: '1080p', aspect_ratio: '1:1', model: 'grok-imagine-video-1.5' }, 1080, 1],
  ])('%j is an H.264 MP4 of that size and length', async (body, shortSide, ratio) => {
    const response = await send(await finishedVideoUrl(body));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('video/mp4');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    const info = probe(Buffer.from(await response.arrayBuffer()));
    expect(info.codec).toBe('h264');
    expect(Math.min(info.width, info.height)).toBe(shortSide);
    expect(info.width / info.height).toBeCloseTo(ratio, 1);
    expect(info.duration).toBeCloseTo(body.duration, 1);
  });

  it('carries an AAC audio track unless generate_audio is false (then video only)', async () => {
    const withSound = probe(Buffer.from(await (await send(await finishedVideoUrl({ prompt: 'a', duration: 2 }))).arrayBuffer()));
    expect(withSound.streams).toEqual(['h264', 'aac']);
    const silent = { prompt: 'a', duration: 2, generate_audio: false };
    const withoutSound = probe(Buffer.from(await (await send(await finishedVideoUrl(silent))).arrayBuffer()));
    expect(withoutSound.streams).toEqual(['h264']);
    expect(withoutSound.duration).toBeCloseTo(2, 1);
  });

  it('supports byte ranges (206), suffix ranges and 416, and HEAD', async () => {
    const url = await finishedVideoUrl({ prompt: 'a', duration: 2 });
    const full = Buffer.from(await (await send(url)).arrayBuffer());
    const part = await send(url, { headers: { range: 'bytes=0-99' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-99/${full.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(full.subarray(0, 100));
    const tail = await send(url, { headers: { range: 'bytes=-10' } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(full.subarray(full.length - 10));
    const beyond = await call(url, { headers: { range: `bytes=${full.length + 5}-` } });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${full.length}`);
    const head = await send(url, { method: 'HEAD' });
    expect(head.headers.get('content-length')).toBe(String(full.length));
    expect(full.subarray(4, 8).toString('latin1')).toBe('ftyp');
  });

  it('is only served for done jobs', async () => {
    const pendingId = await createJob(mock.url(), { prompt: 'a' });
    const pendingUrl = `${mock.url()}/__mock/videos/xai-video-${pendingId}.mp4`;
    expect((await call(pendingUrl)).status).toBe(404);
    const failedUrl = `${mock.url()}/__mock/videos/xai-video-${await createJob(mock.url(), { prompt: 'a' }, 'timing=instant, outcome=failed')}.mp4`;
    expect((await call(failedUrl)).status).toBe(404);
    expect((await call(`${mock.url()}/__mock/videos/xai-video-00000000-0000-0000-0000-000000000000.mp4`)).status).toBe(404);
  });
});
