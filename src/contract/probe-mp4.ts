// Is a download an MP4? ISO/IEC 14496-12 §4.3: a file starts with a `ftyp` box, i.e. a
// 32-bit big-endian size followed by the four bytes "ftyp" and a four-byte major brand.

export interface Mp4Probe {
  isMp4: boolean;
  /** The major brand (e.g. "isom", "mp42") when there is a ftyp box. */
  majorBrand: string | undefined;
  reason: string | undefined;
}

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

export function probeMp4(bytes: Uint8Array): Mp4Probe {
  if (bytes.length < 12) return { isMp4: false, majorBrand: undefined, reason: `only ${bytes.length} bytes` };
  const type = ascii(bytes, 4, 8);
  if (type !== 'ftyp') return { isMp4: false, majorBrand: undefined, reason: `first box is ${JSON.stringify(type)}, not "ftyp"` };
  const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (size < 16 || size > bytes.length) {
    return { isMp4: false, majorBrand: undefined, reason: `ftyp box size ${size} is out of range` };
  }
  return { isMp4: true, majorBrand: ascii(bytes, 8, 12), reason: undefined };
}
