// Reads the duration of an MP4/MOV (the mock learns the length of `data:video/mp4;base64,…`
// inputs this way). Walks the box tree instead of trusting offsets, bounds-checks every read
// and returns undefined for anything it cannot vouch for, so garbage never throws.

interface Box {
  type: string;
  /** Payload start and end (exclusive) in the buffer. */
  start: number;
  end: number;
}

/** Seconds from `moov/mvhd`; a fragmented file with duration 0 falls back to `moov/mvex/mehd`. */
export function readMp4Duration(bytes: Uint8Array): number | undefined {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const moov = children(view, 0, view.byteLength).find((box) => box.type === 'moov');
    if (moov === undefined) return undefined;
    const inMoov = children(view, moov.start, moov.end);
    const mvhd = inMoov.find((box) => box.type === 'mvhd');
    if (mvhd === undefined) return undefined;
    const header = readMovieHeader(view, mvhd);
    if (header === undefined) return undefined;
    const mvex = inMoov.find((box) => box.type === 'mvex');
    const mehd = mvex === undefined ? undefined : children(view, mvex.start, mvex.end).find((box) => box.type === 'mehd');
    const duration = header.duration === 0 && mehd !== undefined ? readFullBoxNumber(view, mehd) : header.duration;
    if (duration === undefined || duration === 0) return undefined;
    const seconds = duration / header.timescale;
    return Number.isFinite(seconds) ? seconds : undefined;
  } catch {
    return undefined; // DataView RangeError on a lie we did not anticipate: still "unknown"
  }
}

function children(view: DataView, start: number, end: number): Box[] {
  const boxes: Box[] = [];
  let offset = start;
  while (offset + 8 <= end) {
    let size = view.getUint32(offset);
    const type = String.fromCharCode(
      view.getUint8(offset + 4),
      view.getUint8(offset + 5),
      view.getUint8(offset + 6),
      view.getUint8(offset + 7),
    );
    let headerSize = 8;
    if (size === 1) {
      if (offset + 16 > end) break;
      size = Number(view.getBigUint64(offset + 8));
      headerSize = 16;
    } else if (size === 0) {
      size = end - offset; // "extends to the end of the enclosing box/file"
    }
    if (size < headerSize || offset + size > end) break; // truncated or corrupt: stop here
    boxes.push({ type, start: offset + headerSize, end: offset + size });
    offset += size;
  }
  return boxes;
}

function readMovieHeader(view: DataView, mvhd: Box): { timescale: number; duration: number } | undefined {
  if (mvhd.start + 4 > mvhd.end) return undefined;
  const version = view.getUint8(mvhd.start);
  const timescaleAt = mvhd.start + (version === 1 ? 20 : 12);
  if (version > 1 || timescaleAt + (version === 1 ? 12 : 8) > mvhd.end) return undefined;
  const timescale = view.getUint32(timescaleAt);
  const duration = version === 1 ? Number(view.getBigUint64(timescaleAt + 4)) : view.getUint32(timescaleAt + 4);
  // All ones means "unknown" (ISO/IEC 14496-12 8.2.2.3).
  const unknown = version === 1 ? duration >= 2 ** 64 - 1 : duration === 0xffffffff;
  if (timescale === 0 || unknown) return undefined;
  return { timescale, duration };
}

/** mehd's fragment_duration: a 32- or 64-bit number after version and flags. */
function readFullBoxNumber(view: DataView, box: Box): number | undefined {
  if (box.start + 4 > box.end) return undefined;
  const version = view.getUint8(box.start);
  if (box.start + 4 + (version === 1 ? 8 : 4) > box.end) return undefined;
  return version === 1 ? Number(view.getBigUint64(box.start + 4)) : view.getUint32(box.start + 4);
}
