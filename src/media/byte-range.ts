// Parses an HTTP `Range` request header (RFC 9110 §14.2) for one file of known size, the way
// a <video> element uses it: `bytes=a-b`, `bytes=a-` and `bytes=-n`.

/** Inclusive byte offsets, ready for `Content-Range: bytes start-end/size`. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Returns the range to send with 206; `'unsatisfiable'` for 416 (send
 * `Content-Range: bytes *\/size`); or undefined for 200 with the whole body, which is the
 * answer to no header, an unknown unit, a malformed header and to multi-range requests
 * (`bytes=0-1,5-9`): RFC 9110 lets a server ignore Range, and a single 200 body is simpler
 * and safer than a multipart/byteranges reply that no media player asks for.
 */
export function parseByteRange(rangeHeader: string | undefined, size: number): ByteRange | 'unsatisfiable' | undefined {
  if (rangeHeader === undefined) return undefined;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(rangeHeader);
  if (match === null) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return undefined;
  if (first === '') return suffixRange(Number(last), size);
  const start = Number(first);
  const end = last === '' ? Infinity : Number(last);
  if (end < start) return undefined; // an invalid range-spec makes the header ignorable
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}

/** `bytes=-n`: the last n bytes; n = 0 (or an empty file) can be satisfied by no byte. */
function suffixRange(length: number, size: number): ByteRange | 'unsatisfiable' {
  if (length === 0 || size === 0) return 'unsatisfiable';
  return { start: Math.max(0, size - length), end: size - 1 };
}
