// Small statistics and formatting helpers.

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const min = (values) => (values.length ? Math.min(...values) : null);
export const max = (values) => (values.length ? Math.max(...values) : null);

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 12345.6 → "12,346"; null → "–" */
export const int = (n) => (n === null || n === undefined ? '–' : grouped.format(n));
export const dec1 = (n) => (n === null || n === undefined ? '–' : oneDecimal.format(n));
export const dec2 = (n) => (n === null || n === undefined ? '–' : twoDecimals.format(n));
export const ms = (n) => (n === null || n === undefined ? '–' : n >= 100 ? `${int(n)} ms` : `${dec1(n)} ms`);
export const ratio = (n) => (n === null || n === undefined ? '–' : `${dec2(n)}×`);
export const mib = (bytes) => (bytes === null || bytes === undefined ? '–' : `${dec2(bytes / 1024 / 1024)} MiB`);
export const kib = (bytes) => (bytes === null || bytes === undefined ? '–' : `${dec2(bytes / 1024)} KiB`);

/** A latency measured in µs, in ms: 0.42 ms, 12.3 ms, 1,234 ms. */
export const msPrecise = (n) =>
  n === null || n === undefined ? '–' : n < 10 ? `${dec2(n)} ms` : n < 100 ? `${dec1(n)} ms` : `${int(n)} ms`;
